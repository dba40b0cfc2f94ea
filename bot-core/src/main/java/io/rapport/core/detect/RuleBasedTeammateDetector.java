package io.rapport.core.detect;

import io.rapport.core.detect.PhraseIndex.Hit;
import io.rapport.core.time.DueMatch;
import io.rapport.core.time.DueParser;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a teammate's reply for a promise and for defensive tone.
 *
 * <p>A promise is a commitment by the writer's side to a future action: "I'll…", "we will…", "let me…",
 * "we're going to…", "you'll have…", a team that "will" do something, "has committed to", or a hedged "we
 * should have it by…" with a time. It does not count inside a question, an "if" sentence, a negation
 * ("won't be able"), a look-alike ("let me know", "let's see", "can't promise") or the writer's own
 * absence ("I'll be OOO"). The due phrase comes from {@link DueParser#find}, which also accepts bare
 * confirmations ("Sure, by Friday"); an event or a vague time ("once the cert is renewed", "shortly") is
 * kept as written, without an instant.
 *
 * <p>Defensive tone is one clear cue ("as I already explained", "not our fault", "working as designed",
 * blaming the customer's environment, "I understand your frustration, however…") or two sharp edges
 * ("Look, …", "don't expect…"). It is independent of the promise: a defensive reply may still promise.
 */
public final class RuleBasedTeammateDetector implements TeammateDetector {

    private static final Set<String> NOT_TEAM_SUBJECT = Set.of("you", "it", "that", "this", "there", "which",
            "what", "who", "they", "if", "when", "it's", "that's", "nobody", "no", "one", "everything", "nothing");
    private static final Set<String> FILLER = Set.of("try", "to", "make", "sure", "personally", "also", "definitely",
            "certainly", "just", "quickly", "aim", "be", "able", "myself", "directly", "then", "happily", "gladly");
    private static final Set<String> STOP = Set.of("and", "so", "but", "because", "once", "as", "when", "after",
            "before", "until", "while", "if", "though", "since", "which", "even", "will", "i'll", "we'll");
    private static final Set<String> TRAILING = Set.of("for", "by", "on", "at", "in", "to", "until", "within", "from",
            "the", "a", "right", "straight");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
    private static final int WHAT_WORDS = 10;
    /** A due phrase always holds a number or one of these words; without them the date parser is not run. */
    private static final Set<String> TIME_WORDS = Set.of("today", "tomorrow", "tonight", "tonite", "eod", "eow",
            "eom", "cob", "noon", "midday", "midnight", "morning", "afternoon", "evening", "arvo", "week", "weeks",
            "weekend", "month", "months", "day", "days", "hour", "hours", "hrs", "hr", "minute", "minutes", "mins",
            "min", "sec", "secs", "second", "seconds", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "q1", "q2", "q3", "q4", "quarter", "year", "end", "fortnight", "asap", "soon", "shortly",
            "now", "later", "tmrw", "tmr", "mid", "next", "this", "couple", "few");

    private final DueParser dueParser = new DueParser();

    @Override
    public TeammateAnalysis analyze(String whole, ZonedDateTime reference, String locale) {
        Objects.requireNonNull(reference, "reference");
        String text = MessageText.readable(whole);
        MessageText t = new MessageText(text);
        if (t.size() == 0) {
            return TeammateAnalysis.nothing();
        }
        List<Hit<TeammateCue>> hits = TeammateLexicon.INDEX.find(t);
        List<String> evidence = new ArrayList<>();
        Optional<DueMatch> due = mentionsTime(t) ? dueParser.find(text, reference, locale) : Optional.empty();
        List<int[]> commitments = commitments(t, hits, due);
        int[] commitment = commitments.isEmpty() ? null : commitments.get(0);
        // A time the parser accepts still needs what a commitment needs: no "if" sentence, no question.
        if (due.isPresent() && commitment == null) {
            int w = wordAt(t, due.get().start());
            if (conditional(t, w) || t.isQuestion(t.word(w).sentence())) {
                due = Optional.empty();
            }
        }
        boolean commits = commitment != null || due.isPresent();
        String what = "";
        String duePhrase = due.map(DueMatch::phrase).orElse(null);
        if (commitment != null) {
            evidence.add("promise '" + t.quote(commitment[0], commitment[1]) + "'");
            int[] event = eventDue(t, hits, commitment[0]);
            int dueWord = due.map(d -> wordAt(t, d.start())).orElse(event == null ? Integer.MAX_VALUE : event[0]);
            // "Leave it with me, I'll sort it today": the action is in the first commitment that names one.
            for (int[] c : commitments) {
                what = what(t, c[1], dueWord);
                if (!what.isEmpty()) {
                    break;
                }
            }
            if (duePhrase == null && event != null) {
                duePhrase = t.quote(event[0], event[1]);
            }
        } else if (due.isPresent()) {
            evidence.add("confirms a time");
        }
        if (duePhrase != null) {
            evidence.add("due '" + duePhrase + "'" + due.map(d -> " = " + d.due().toOffsetDateTime()).orElse(""));
        }
        String defensive = defensive(t, hits);
        if (defensive != null) {
            evidence.add("defensive " + defensive);
        }
        return new TeammateAnalysis(commits ? due : Optional.empty(), commits ? what : "", defensive != null,
                String.join("; ", evidence), commits, commits ? duePhrase : null);
    }

    /** The words {@code [from, to)} of every commitment that holds, in order. */
    private static List<int[]> commitments(MessageText t, List<Hit<TeammateCue>> hits, Optional<DueMatch> due) {
        int dueSentence = due.map(d -> t.word(wordAt(t, d.start())).sentence()).orElse(-1);
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            int end = commitsAt(t, hits, i, dueSentence);
            if (end > i && holds(t, hits, i, end)) {
                out.add(new int[] {i, end});
                i = end - 1;
            }
        }
        return out;
    }

    /** The end of a commitment cue starting at word {@code i}, or -1. */
    private static int commitsAt(MessageText t, List<Hit<TeammateCue>> hits, int i, int dueSentence) {
        int sentence = t.word(i).sentence();
        boolean timed = sentence == dueSentence || hasIn(hits, TeammateCue.EVENT_DUE, sentence, t);
        for (Hit<TeammateCue> h : hits) {
            if (h.from() != i) {
                continue;
            }
            if (h.cue() == TeammateCue.COMMIT || h.cue() == TeammateCue.COMMIT_STATED
                    || (h.cue() == TeammateCue.COMMIT_HEDGED && timed)) {
                return h.to();
            }
        }
        String w = t.norm(i);
        // A team or a colleague that "will" act ("Engineering will deploy…"), or a clause opening with "will".
        if (w.equals("will") && (clauseStart(t, i) || !NOT_TEAM_SUBJECT.contains(t.norm(i - 1)))) {
            return i + 1;
        }
        // "we're adding a check this sprint", "I'm escalating right now": the progressive with a time.
        if (timed && (w.equals("i'm") || w.equals("we're") || ((w.equals("am") || w.equals("are"))
                && (t.norm(i - 1).equals("i") || t.norm(i - 1).equals("we"))))) {
            for (int k = i + 1; k <= i + 2 && k < t.size(); k++) {
                if (t.norm(k).length() > 4 && t.norm(k).endsWith("ing") && t.word(k).sentence() == sentence) {
                    return k; // the action starts at the verb: "escalating to our VP"
                }
            }
        }
        return -1;
    }

    private static boolean holds(MessageText t, List<Hit<TeammateCue>> hits, int from, int to) {
        int sentence = t.word(from).sentence();
        if (t.isQuestion(sentence) || conditional(t, from) || PhraseIndex.negatedBefore(t, from)
                || PhraseIndex.isNegator(t.norm(to)) || overlaps(hits, TeammateCue.NOT_COMMIT, from, to)) {
            return false;
        }
        if (t.quote(from, to).equalsIgnoreCase("on it") && !clauseStart(t, from)) {
            return false; // "it depends on it"
        }
        // "I'll be OOO tomorrow": the writer's own absence, not a commitment.
        for (Hit<TeammateCue> h : hits) {
            if (h.cue() == TeammateCue.ABSENCE && h.from() >= to - 1 && h.from() <= to + 3
                    && t.word(h.from()).clause() == t.word(from).clause()) {
                return false;
            }
        }
        return true;
    }

    /** The sentence opens with "if" or "unless" before the cue ("If you want, I'll…" offers, it does not promise). */
    private static boolean conditional(MessageText t, int word) {
        int sentence = t.word(word).sentence();
        int k = word;
        while (k > 0 && t.word(k - 1).sentence() == sentence) {
            k--;
        }
        while (k < word && (t.norm(k).equals("and") || t.norm(k).equals("but") || t.norm(k).equals("so"))) {
            k++;
        }
        return CONDITIONS.contains(t.norm(k)) || (k < word && CONDITIONS.contains(t.norm(k + 1))
                && t.norm(k).equals("even"));
    }

    /** The committed action: the words after the cue, up to the due phrase or the clause's end. */
    private static String what(MessageText t, int from, int dueWord) {
        // The action continues the cue's own clause: "Leave it with me, I'll…" names none of its own.
        int sentence = t.word(Math.max(0, from - 1)).sentence();
        int clause = t.word(Math.max(0, from - 1)).clause();
        int start = from;
        while (start < t.size() && (FILLER.contains(t.norm(start)) || t.word(start).kind() == MessageText.Kind.EMOJI)
                && t.word(start).clause() == clause) {
            start++;
        }
        if (start >= t.size() || t.word(start).clause() != clause || STOP.contains(t.norm(start))) {
            return "";
        }
        int end = start;
        while (end < t.size() && end < dueWord && end - start < WHAT_WORDS && t.word(end).sentence() == sentence
                && t.word(end).clause() == t.word(start).clause() && !(end > start && STOP.contains(t.norm(end)))) {
            end++;
        }
        while (end > start && TRAILING.contains(t.norm(end - 1))) {
            end--;
        }
        return start < end ? t.quote(start, end) : "";
    }

    /** The words of an event or a vague time after the commitment ("once the cert is renewed", "shortly"). */
    private static int[] eventDue(MessageText t, List<Hit<TeammateCue>> hits, int from) {
        for (Hit<TeammateCue> h : hits) {
            if (h.cue() != TeammateCue.EVENT_DUE || h.from() <= from) {
                continue;
            }
            String first = t.norm(h.from());
            int end = h.to();
            if (Set.of("once", "as", "right", "straight", "after", "before", "when").contains(first)) {
                int clause = t.word(h.from()).clause();
                while (end < t.size() && t.word(end).clause() == clause && !t.norm(end).equals("and")) {
                    end++;
                }
            }
            return new int[] {h.from(), end};
        }
        return null;
    }

    /** The defensive cue, quoted, or null. */
    private static String defensive(MessageText t, List<Hit<TeammateCue>> hits) {
        List<String> edges = new ArrayList<>();
        for (Hit<TeammateCue> h : hits) {
            if (h.cue() == TeammateCue.DEFENSIVE) {
                return "'" + t.quote(h.from(), h.to()) + "'";
            }
            if (h.cue() == TeammateCue.DEFENSIVE_EDGE) {
                boolean single = h.to() - h.from() == 1;
                String w = t.norm(h.from());
                // "Look," and "Actually," open a rebuttal; in mid-sentence they are ordinary words.
                if (!single || !(w.equals("look") || w.equals("actually")) || sentenceStart(t, h.from())) {
                    edges.add("'" + t.quote(h.from(), h.to()) + "'");
                }
            }
        }
        return edges.size() >= 2 ? String.join(" + ", edges) : null;
    }

    private static boolean mentionsTime(MessageText t) {
        for (MessageText.Word w : t.words()) {
            if (w.kind() == MessageText.Kind.NUMBER || TIME_WORDS.contains(w.norm())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasIn(List<Hit<TeammateCue>> hits, TeammateCue cue, int sentence, MessageText t) {
        for (Hit<TeammateCue> h : hits) {
            if (h.cue() == cue && t.word(h.from()).sentence() == sentence) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<Hit<TeammateCue>> hits, TeammateCue cue, int from, int to) {
        for (Hit<TeammateCue> h : hits) {
            if (h.cue() == cue && h.from() < to && from < h.to()) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseStart(MessageText t, int i) {
        return i == 0 || t.word(i - 1).clause() != t.word(i).clause();
    }

    private static boolean sentenceStart(MessageText t, int i) {
        return i == 0 || t.word(i - 1).sentence() != t.word(i).sentence();
    }

    /** The word containing or following character {@code offset}. */
    private static int wordAt(MessageText t, int offset) {
        for (int i = 0; i < t.size(); i++) {
            if (t.word(i).end() > offset) {
                return i;
            }
        }
        return t.size() - 1;
    }
}
