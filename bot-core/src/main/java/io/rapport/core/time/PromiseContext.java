package io.rapport.core.time;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a time expression found in a message is when the writer will do something, rather
 * than a date mentioned in passing. The checks are deliberately shallow and explainable:
 * <ul>
 *   <li>questions and proposals ("Would Thursday work?") do not commit;</li>
 *   <li>a clause that is negated ("won't be ready today"), in the past ("the slides I shared on Monday"),
 *       conditional ("if you send it by Friday") or about absence ("OOO tomorrow") does not commit, nor
 *       does one overturned by a negative "but" clause ("Monday works, but the build won't");</li>
 *   <li>the sentence must carry a commitment cue ("I'll", "will", "should", "let me", "we're sending"),
 *       unless it is little more than the time itself ("Sure, by Friday").</li>
 * </ul>
 */
final class PromiseContext {

    private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "\u2014", "\u2013", "(", ")", "…");
    private static final Set<String> CONTRAST = Set.of("but", "however", "though", "although", "whereas", "except");
    private static final Set<String> NEGATION = Set.of("not", "never", "cannot", "unable", "nor", "unlikely");
    private static final Set<String> PAST = Set.of("sent", "went", "was", "were", "did", "had", "said", "told",
            "mentioned", "promised", "estimated", "originally", "ago", "yesterday", "last", "earlier", "previously",
            "delivered", "shipped", "received");
    private static final String[] ABSENCE = {"ooo", "pto", "out of office", "out of the office", "on leave",
        "annual leave", "sick leave", "parental leave", "on holiday", "on vacation", "off sick", "away until",
        "off until", "travelling", "traveling"};
    /** The words an absence phrase starts with, checked before the phrases themselves. */
    private static final Set<String> ABSENCE_STARTS = Arrays.stream(ABSENCE).map(a -> a.split(" ")[0])
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
    private static final Set<String> CUES = Set.of("will", "wil", "shall", "gonna", "should", "expect", "promise",
            "eta", "commit", "committed", "committing", "plan", "planning", "aim", "aiming", "intend", "can");
    /** Words that can stand beside a time in a bare confirmation ("Sure, by Friday", "Yep — tomorrow"). */
    private static final Set<String> ACKNOWLEDGEMENTS = Set.of("sure", "ok", "okay", "yes", "yep", "yeah", "yup",
            "absolutely", "definitely", "certainly", "np", "noted", "done", "will", "do", "can", "of", "course",
            "thanks", "thx", "ty", "great", "perfect", "sounds", "good", "deal", "latest", "at", "the", "hi", "hey");
    /** A day after these is generic or a holiday ("on a Friday", "every Monday", "Happy Friday"), not a date. */
    private static final Set<String> GENERIC_BEFORE = Set.of("a", "an", "every", "each", "any", "happy", "black",
            "cyber", "good", "last", "previous", "past");

    /**
     * How far from a time expression its sentence is looked at, each way. A chat sentence is far shorter; a
     * message without sentence breaks (a 100,000-character paste) must not make every time in it scan all of it.
     */
    static final int REACH = 100;
    private final List<Token> tokens;
    private final String text;
    private final TokenView view;

    PromiseContext(List<Token> tokens, String text) {
        this.tokens = tokens;
        this.text = text;
        this.view = new TokenView(tokens, true, false);
    }

    /** Whether tokens {@code [start, end)} are a due time the writer commits to. */
    boolean commits(int start, int end) {
        if (GENERIC_BEFORE.contains(view.norm(start - 1))) {
            return false;
        }
        int sFrom = sentenceStart(start);
        int sTo = sentenceEnd(end);
        for (int k = end; k < sTo; k++) {
            if (view.is(k, "?")) {
                return false;
            }
        }
        int cFrom = clauseStart(start, sFrom);
        int cTo = clauseEnd(end, sTo);
        if (blocks(cFrom, cTo, start, end) || conditional(cFrom)) {
            return false;
        }
        // "Yes to Friday, but it won't be ready": a negative contrast clause overturns this one.
        int next = cTo < sTo && CLAUSE_MARKS.contains(view.norm(cTo)) ? cTo + 1 : cTo;
        if (next < sTo && CONTRAST.contains(view.norm(next)) && blocksByNegation(next, clauseEnd(next + 1, sTo))) {
            return false;
        }
        return hasCue(sFrom, sTo, start, end) || onlyAcknowledgements(sFrom, sTo, start, end);
    }

    private boolean blocks(int from, int to, int start, int end) {
        for (int k = from; k < to; k++) {
            if (k >= start && k < end) {
                continue;
            }
            String w = view.norm(k);
            if (negation(w) || PAST.contains(w) || ABSENCE_STARTS.contains(w) && view.phrase(k, ABSENCE) > 0) {
                return true;
            }
        }
        return false;
    }

    private boolean blocksByNegation(int from, int to) {
        for (int k = from; k < to; k++) {
            if (negation(view.norm(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean conditional(int clauseStart) {
        int k = clauseStart;
        while (view.is(k, "and", "but", "so", "or") || CONTRAST.contains(view.norm(k))) {
            k++;
        }
        return CONDITIONS.contains(view.norm(k));
    }

    private boolean hasCue(int from, int to, int start, int end) {
        for (int k = from; k < to; k++) {
            if (k >= start && k < end) {
                continue;
            }
            String w = view.norm(k);
            boolean cue = CUES.contains(w) || w.endsWith("'ll") || view.phrase(k, "going to", "let me", "let us", "on it") > 0
                    || progressive(k);
            // "didn't expect", "not planning": a negated cue commits to nothing.
            if (cue && !negation(view.norm(k - 1)) && !negation(view.norm(k - 2))) {
                return true;
            }
        }
        return false;
    }

    /** "we're adding", "the team is deploying": the present progressive is how chat states near-future plans. */
    private boolean progressive(int k) {
        String w = view.norm(k);
        if (!(w.equals("am") || w.equals("are") || w.equals("is") || w.endsWith("'m") || w.endsWith("'re"))) {
            return false;
        }
        // Three tokens leave room for an adverb or a hyphenated verb ("is re-indexing").
        for (int j = k + 1; j <= k + 3; j++) {
            String n = view.norm(j);
            if (n.length() > 4 && n.endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    private boolean onlyAcknowledgements(int from, int to, int start, int end) {
        for (int k = from; k < to; k++) {
            if ((k < start || k >= end) && tokens.get(k).isWord() && !ACKNOWLEDGEMENTS.contains(view.norm(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean negation(String w) {
        return NEGATION.contains(w) || w.endsWith("n't");
    }

    private int sentenceStart(int start) {
        int k = start;
        int limit = Math.max(0, start - REACH);
        while (k > limit && !sentenceBreakAfter(k - 1)) {
            k--;
        }
        return k;
    }

    /** Index just past the sentence's closing mark (or the message end). */
    private int sentenceEnd(int end) {
        int k = end;
        int limit = Math.min(tokens.size(), end + REACH);
        while (k < limit && !sentenceBreakAfter(k)) {
            k++;
        }
        return Math.min(k + 1, tokens.size());
    }

    /** A break follows ".", "!" or "?" before a space, or any line break between tokens. */
    private boolean sentenceBreakAfter(int k) {
        String w = view.norm(k);
        boolean last = k + 1 >= tokens.size();
        if ((w.equals("!") || w.equals("?")) || (w.equals(".") && (last || !view.touchesPrevious(k + 1)))) {
            return true;
        }
        return !last && text.substring(tokens.get(k).end(), tokens.get(k + 1).start()).indexOf('\n') >= 0;
    }

    private int clauseStart(int start, int sentenceStart) {
        int k = start;
        while (k > sentenceStart) {
            if (CLAUSE_MARKS.contains(view.norm(k - 1)) || spacedHyphen(k - 1)) {
                return k;
            }
            if (CONTRAST.contains(view.norm(k - 1))) {
                return k - 1;
            }
            k--;
        }
        return k;
    }

    private int clauseEnd(int end, int sentenceEnd) {
        int k = end;
        while (k < sentenceEnd && !CLAUSE_MARKS.contains(view.norm(k)) && !spacedHyphen(k)
                && !CONTRAST.contains(view.norm(k))) {
            k++;
        }
        return k;
    }

    /** " - " used as a dash, as opposed to the hyphen in "mid-May". */
    private boolean spacedHyphen(int k) {
        return view.is(k, "-") && !view.touchesPrevious(k) && !view.touchesPrevious(k + 1);
    }
}
