package io.rapport.core.detect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every cue phrase in a message in one pass over its words. Phrases are written word by word:
 * <ul>
 *   <li>{@code thanks} a word (in its canonical spelling, see {@link Spelling});</li>
 *   <li>{@code frustrat*} any word starting so;</li>
 *   <li>{@code send/sending/sent} any of these;</li>
 *   <li>{@code _} any one word; {@code ..} up to three words, {@code ...} up to six (never first);</li>
 *   <li>{@code #} a number; {@code #ord} an ordinal ("4th", "third"); {@code @} a mention; {@code Name} a
 *       capitalised name-like word or a mention.</li>
 * </ul>
 * A phrase never spans two sentences. Phrases are indexed by their first word (or its first three letters,
 * or the kind of word), so a message costs a few map look-ups per word however many phrases there are.
 *
 * @param <K> the cue a phrase signals
 */
final class PhraseIndex<K extends Enum<K>> {

    /** One phrase found: its cue and its words {@code [from, to)}; {@code negated} if "not", "never"… precede it. */
    record Hit<K>(K cue, int from, int to, boolean negated) {
    }

    private record Phrase<K>(K cue, String[][] elements, boolean[][] prefix) {
    }

    private static final String GAP = "..";
    private static final String WIDE_GAP = "...";

    private static final int STEM = 3;

    private final Map<String, List<Phrase<K>>> byFirstWord = new HashMap<>();
    private final Map<String, List<Phrase<K>>> byStem = new HashMap<>();
    private final List<Phrase<K>> numberFirst = new ArrayList<>();
    private final List<Phrase<K>> ordinalFirst = new ArrayList<>();
    private final List<Phrase<K>> mentionFirst = new ArrayList<>();
    private final List<Phrase<K>> nameFirst = new ArrayList<>();
    private final List<Phrase<K>> anyFirst = new ArrayList<>();

    PhraseIndex(Map<K, List<String>> phrases) {
        for (Map.Entry<K, List<String>> e : phrases.entrySet()) {
            for (String text : e.getValue()) {
                add(e.getKey(), text);
            }
        }
    }

    static <K extends Enum<K>> Map<K, List<String>> table(Class<K> type) {
        return new EnumMap<>(type);
    }

    private void add(K cue, String text) {
        String[] parts = text.trim().split("\\s+");
        String[][] elements = new String[parts.length][];
        boolean[][] prefix = new boolean[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            elements[i] = parts[i].equals("/") ? new String[] {"/"} : parts[i].split("/");
            prefix[i] = new boolean[elements[i].length];
            for (int k = 0; k < elements[i].length; k++) {
                prefix[i][k] = elements[i][k].endsWith("*");
                elements[i][k] = elements[i][k].replace("*", "");
            }
        }
        if (elements[0][0].startsWith(GAP)) {
            throw new IllegalArgumentException("a phrase cannot start with a gap: " + text);
        }
        Phrase<K> phrase = new Phrase<>(cue, elements, prefix);
        for (int k = 0; k < elements[0].length; k++) {
            String first = elements[0][k];
            switch (first) {
                case "#":
                    numberFirst.add(phrase);
                    break;
                case "#ord":
                    ordinalFirst.add(phrase);
                    break;
                case "@":
                    mentionFirst.add(phrase);
                    break;
                case "Name":
                    nameFirst.add(phrase);
                    break;
                case "_":
                    anyFirst.add(phrase);
                    break;
                default:
                    if (prefix[0][k]) {
                        if (first.length() < STEM) {
                            throw new IllegalArgumentException("a leading prefix needs " + STEM + " letters: " + text);
                        }
                        byStem.computeIfAbsent(first.substring(0, STEM), x -> new ArrayList<>()).add(phrase);
                    } else {
                        byFirstWord.computeIfAbsent(first, x -> new ArrayList<>()).add(phrase);
                    }
            }
        }
    }

    private static boolean special(String element) {
        return element.equals("_") || element.equals("#") || element.equals("#ord") || element.equals("@")
                || element.equals("Name");
    }

    /** Every phrase occurrence, in order of where it starts. */
    List<Hit<K>> find(MessageText text) {
        List<Hit<K>> hits = new ArrayList<>();
        int n = text.size();
        for (int i = 0; i < n; i++) {
            MessageText.Word w = text.word(i);
            String norm = w.norm();
            tryAll(text, byFirstWord.get(norm), i, hits);
            if (norm.length() >= STEM) {
                tryAll(text, byStem.get(norm.substring(0, STEM)), i, hits);
            }
            if (w.kind() == MessageText.Kind.NUMBER) {
                tryAll(text, numberFirst, i, hits);
            }
            if (Names.isOrdinal(w)) {
                tryAll(text, ordinalFirst, i, hits);
            }
            if (w.kind() == MessageText.Kind.MENTION) {
                tryAll(text, mentionFirst, i, hits);
            }
            if (w.capital() || w.kind() == MessageText.Kind.MENTION) {
                tryAll(text, nameFirst, i, hits);
            }
            tryAll(text, anyFirst, i, hits);
        }
        return hits;
    }

    private void tryAll(MessageText text, List<Phrase<K>> phrases, int i, List<Hit<K>> hits) {
        if (phrases == null) {
            return;
        }
        for (Phrase<K> p : phrases) {
            int end = match(text, p, 0, i, text.word(i).sentence());
            if (end > 0 && !repeats(hits, p.cue(), i, end)) {
                hits.add(new Hit<>(p.cue(), i, end, negatedBefore(text, i)));
            }
        }
    }

    /** A phrase reachable from two index entries ("pass" and "pass*") is reported once. */
    private static <K> boolean repeats(List<Hit<K>> hits, K cue, int from, int to) {
        for (int k = hits.size() - 1; k >= 0 && hits.get(k).from() == from; k--) {
            Hit<K> h = hits.get(k);
            if (h.cue() == cue && h.to() == to) {
                return true;
            }
        }
        return false;
    }

    /** Matches elements from {@code e} at word {@code w}; the index past the match, or -1. */
    private int match(MessageText text, Phrase<K> p, int e, int w, int sentence) {
        if (e == p.elements().length) {
            return w;
        }
        String[] el = p.elements()[e];
        if (el[0].equals(GAP) || el[0].equals(WIDE_GAP)) {
            int most = el[0].equals(GAP) ? 3 : 6;
            for (int skip = 0; skip <= most; skip++) {
                if (w + skip > text.size() || (skip > 0 && text.word(w + skip - 1).sentence() != sentence)) {
                    break;
                }
                int end = match(text, p, e + 1, w + skip, sentence);
                if (end > 0) {
                    return end;
                }
            }
            return -1;
        }
        if (w >= text.size() || text.word(w).sentence() != sentence || !accepts(text, w, el, p.prefix()[e])) {
            return -1;
        }
        return match(text, p, e + 1, w + 1, sentence);
    }

    private static boolean accepts(MessageText text, int w, String[] alternatives, boolean[] prefix) {
        MessageText.Word word = text.word(w);
        String norm = word.norm();
        for (int k = 0; k < alternatives.length; k++) {
            String a = alternatives[k];
            switch (a) {
                case "_":
                    if (word.kind() != MessageText.Kind.EMOJI) {
                        return true;
                    }
                    break;
                case "#":
                    if (word.kind() == MessageText.Kind.NUMBER) {
                        return true;
                    }
                    break;
                case "#ord":
                    if (Names.isOrdinal(word)) {
                        return true;
                    }
                    break;
                case "@":
                    if (word.kind() == MessageText.Kind.MENTION) {
                        return true;
                    }
                    break;
                case "Name":
                    if (word.kind() == MessageText.Kind.MENTION || (word.capital() && !Names.isCommonWord(norm))) {
                        return true;
                    }
                    break;
                default:
                    if (prefix[k] ? norm.startsWith(a) : norm.equals(a)) {
                        return true;
                    }
            }
        }
        return false;
    }

    /** "not", "never", "no", a "-n't" verb, "hardly" or "without" within the three words before, same clause. */
    static boolean negatedBefore(MessageText text, int i) {
        int clause = text.word(i).clause();
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (text.word(k).clause() != clause) {
                return false;
            }
            if (isNegator(text.norm(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean isNegator(String w) {
        return w.equals("not") || w.equals("never") || w.equals("no") || w.endsWith("n't") || w.equals("hardly")
                || w.equals("without") || w.equals("nothing") || w.equals("nobody") || w.equals("barely");
    }
}
