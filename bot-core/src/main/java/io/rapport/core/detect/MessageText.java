package io.rapport.core.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat message read into words, ready for the cue lexicons. Markup that is not the writer's own words is
 * set aside: quoted lines ({@code > …}), code blocks and inline code, link targets (a link's label stays),
 * channel and broadcast references. Mentions ({@code <@U…>}, {@code <at>Name</at>}, {@code @id}) and emoji
 * ({@code :pray:}, 🙏) become single words. Every word keeps its span in the original text, so evidence and
 * praised names are quoted exactly as written.
 */
final class MessageText {

    enum Kind { WORD, NUMBER, MENTION, EMOJI }

    /**
     * @param norm     lower case, canonical spelling ("pls" reads "please", "thx" reads "thanks")
     * @param start    first character in the original text
     * @param end      just past the last character
     * @param sentence which sentence it belongs to (split at . ! ? and line breaks)
     * @param clause   which clause (split further at , ; : dashes and brackets)
     * @param capital  written with a capital first letter and lower case after it ("Priya")
     * @param upper    written all in capitals, two letters or more ("STILL", "CSM")
     */
    record Word(String norm, int start, int end, int sentence, int clause, Kind kind, boolean capital,
                boolean upper) {

        boolean is(String s) {
            return norm.equals(s);
        }
    }

    // A link keeps its label; everything else here is machine text or someone else's words.
    private static final Pattern MARKUP = Pattern.compile(
            "```.*?(?:```|\\z)|`[^`\\n]*`|^[ \\t]*(?:>|&gt;)[^\\n]*|<(?:https?|mailto):[^<>|\\s]*\\|?|<[#!][^<>\\n]*>",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(?:\\|[^<>]*)?>|<at>[^<>]{1,80}</at>");
    private static final Pattern SHORTCODE = Pattern.compile(":([a-z0-9_+\\-]{1,40}):");

    /**
     * How much of a message is read: far more than any chat message a person writes by hand (the corpus's
     * longest is under 300), while a pasted log or document of 100,000 characters costs no more than this.
     */
    static final int MAX_READ = 4_000;

    private final String original;
    private final List<Word> words;
    private final int sentences;
    private final boolean[] questionSentence;
    private final int letters;
    private final int upperLetters;

    /** The part of {@code text} the detectors read: its first {@link #MAX_READ} characters, never half a pair. */
    static String readable(String text) {
        if (text == null || text.length() <= MAX_READ) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_READ - 1)) ? MAX_READ - 1 : MAX_READ;
        return text.substring(0, end);
    }

    MessageText(String text) {
        this.original = text == null ? "" : text;
        char[] masked = original.toCharArray();
        List<int[]> spans = new ArrayList<>();   // start, end, kind ordinal
        List<String> names = new ArrayList<>();
        // Most messages carry no markup at all: look for the characters it needs before running a pattern.
        if (hasAny(original, "`>&<")) {
            mask(masked, MARKUP, null, null, null);
        }
        if (original.indexOf('<') >= 0) {
            mask(masked, MENTION, spans, names, Kind.MENTION);
        }
        if (original.indexOf(':') >= 0) {
            mask(masked, SHORTCODE, spans, names, Kind.EMOJI);
        }
        this.words = new ArrayList<>();
        List<Boolean> questions = new ArrayList<>();
        int[] counts = new int[2];
        read(new String(masked), spans, names, questions, counts);
        this.sentences = questions.size();
        this.questionSentence = new boolean[sentences];
        for (int i = 0; i < sentences; i++) {
            questionSentence[i] = questions.get(i);
        }
        this.letters = counts[0];
        this.upperLetters = counts[1];
    }

    List<Word> words() {
        return words;
    }

    int size() {
        return words.size();
    }

    Word word(int i) {
        return words.get(i);
    }

    /** The norm of word {@code i}, or "" outside the message. */
    String norm(int i) {
        return i >= 0 && i < words.size() ? words.get(i).norm() : "";
    }

    int sentenceCount() {
        return sentences;
    }

    /** Whether the sentence ends with a question mark. */
    boolean isQuestion(int sentence) {
        return sentence >= 0 && sentence < sentences && questionSentence[sentence];
    }

    /** Whether the message carries a link or says it carries an attachment. */
    boolean hasLink() {
        return original.contains("http") || original.contains("www.") || original.contains("```");
    }

    /** Most of at least a dozen letters written in capitals: the chat way of raising one's voice. */
    boolean shouting() {
        return letters >= 12 && upperLetters * 10 >= letters * 8;
    }

    /** The original text from word {@code from} to word {@code to - 1}, as written. */
    String quote(int from, int to) {
        if (from >= to) {
            return "";
        }
        return original.substring(words.get(from).start(), words.get(to - 1).end());
    }

    /** The original characters of one word, as written. */
    String raw(int i) {
        Word w = words.get(i);
        return original.substring(w.start(), w.end());
    }

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (s.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static void mask(char[] chars, Pattern pattern, List<int[]> spans, List<String> names, Kind kind) {
        Matcher m = pattern.matcher(new String(chars));
        while (m.find()) {
            if (spans != null) {
                spans.add(new int[] {m.start(), m.end(), kind.ordinal()});
                names.add(kind == Kind.EMOJI ? Emoji.shortcode(":" + m.group(1) + ":") : "@mention");
            }
            for (int k = m.start(); k < m.end(); k++) {
                if (chars[k] != '\n') {
                    chars[k] = ' ';
                }
            }
        }
    }

    /** One pass over the masked text: words, numbers, emoji, and the marks that end sentences and clauses. */
    private void read(String text, List<int[]> spans, List<String> names, List<Boolean> questions, int[] counts) {
        int n = text.length();
        int i = 0;
        int sentence = 0;
        int clause = 0;
        boolean sentenceOpen = false;
        // spans in the order they start, taken one by one: a message full of shortcodes stays one pass
        Integer[] order = new Integer[spans.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingInt(k -> spans.get(k)[0]));
        int taken = 0;
        while (i < n || taken < order.length) {
            int nextSpan = taken < order.length ? spans.get(order[taken])[0] : Integer.MAX_VALUE;
            if (i >= nextSpan || i >= n) {
                int s = order[taken++];
                int[] span = spans.get(s);
                String name = names.get(s);
                add(name, span[0], span[1], sentence, clause, Kind.values()[span[2]], false, false);
                sentenceOpen = true;
                i = Math.max(i, span[1]);
                continue;
            }
            char c = text.charAt(i);
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isLetter(cp)) {
                int j = wordEnd(text, i);
                String raw = text.substring(i, j);
                count(raw, counts);
                addWord(raw, i, j, sentence, clause);
                sentenceOpen = true;
                i = j;
            } else if (Character.isDigit(cp)) {
                int j = numberEnd(text, i);
                add(text.substring(i, j).toLowerCase(Locale.ROOT), i, j, sentence, clause, Kind.NUMBER, false, false);
                sentenceOpen = true;
                i = j;
            } else if (c == '@' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                int j = wordEnd(text, i + 1);
                add("@mention", i, j, sentence, clause, Kind.MENTION, false, false);
                sentenceOpen = true;
                i = j;
            } else if (Emoji.isEmoji(cp)) {
                add(Emoji.name(cp), i, i + len, sentence, clause, Kind.EMOJI, false, false);
                sentenceOpen = true;
                i += len;
            } else if (endsSentence(text, i)) {
                if (sentenceOpen) {
                    questions.add(c == '?');
                    sentence++;
                    clause++;
                    sentenceOpen = false;
                } else if (c == '?' && !questions.isEmpty()) {
                    questions.set(questions.size() - 1, true); // "??" after a sentence already closed
                }
                i += len;
            } else {
                if (",;:()[]\u2014\u2013".indexOf(c) >= 0 || (c == '-' && i > 0 && text.charAt(i - 1) == ' ')
                        || c == '=' || c == '/' || c == '"') {
                    clause++;
                }
                i += len;
            }
        }
        if (sentenceOpen) {
            questions.add(false);
        }
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '?' || c == '!' || c == '\n') {
            return true;
        }
        // "e.g." or "v2.5" do not end a sentence; a full stop before a space or the end does.
        return c == '.' && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                || text.charAt(i + 1) == '.');
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n) {
            int cp = text.codePointAt(j);
            char c = text.charAt(j);
            boolean inner = (c == '\'' || c == '\u2019') && j + 1 < n && Character.isLetter(text.charAt(j + 1));
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK || inner) {
                j += Character.charCount(cp);
            } else {
                break;
            }
        }
        return j;
    }

    /** "7/10", "99.9%", "2.5.1", "10pm" stay one number. */
    private static int numberEnd(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n) {
            // by code point: a digit outside the BMP ("𝟓") is two chars, and a number must never end before it starts
            int cp = text.codePointAt(j);
            if (Character.isLetterOrDigit(cp) || cp == '%' || ((cp == '/' || cp == '.' || cp == ':' || cp == ',')
                    && j + 1 < n && Character.isDigit(text.codePointAt(j + 1)))) {
                j += Character.charCount(cp);
            } else {
                break;
            }
        }
        return j;
    }

    private static void count(String raw, int[] counts) {
        for (int k = 0; k < raw.length(); k++) {
            char ch = raw.charAt(k);
            if (Character.isLetter(ch)) {
                counts[0]++;
                if (Character.isUpperCase(ch)) {
                    counts[1]++;
                }
            }
        }
    }

    private void addWord(String raw, int start, int end, int sentence, int clause) {
        int uppers = 0;
        int lowers = 0;
        for (int k = 0; k < raw.length(); k++) {
            char ch = raw.charAt(k);
            if (Character.isUpperCase(ch)) {
                uppers++;
            } else if (Character.isLowerCase(ch)) {
                lowers++;
            }
        }
        boolean capital = uppers == 1 && lowers > 0 && Character.isUpperCase(raw.charAt(0));
        boolean upper = uppers > 1 && lowers == 0;
        String lower = uppers == 0 && raw.indexOf('\u2019') < 0 ? raw
                : raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (String norm : Spelling.canonical(lower)) {
            add(norm, start, end, sentence, clause, Kind.WORD, capital, upper);
        }
    }

    private void add(String norm, int start, int end, int sentence, int clause, Kind kind, boolean capital,
                     boolean upper) {
        words.add(new Word(norm, start, end, sentence, clause, kind, capital, upper));
    }
}
