package io.rapport.core.detect;

import io.rapport.core.detect.PhraseIndex.Hit;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a message evaluates the product or service, and which way. Only statements count: "is it
 * faster?" evaluates nothing. A rating ("7/10", "we'd give you an 8") reads high (8 of 10 and up), low
 * (5 and under) or in between (both ways). A suggestion points at a gap, so it reads negative.
 *
 * @param score    how much evaluation there is (frames, suggestions and ratings count double)
 * @param first    word index of the first evaluative cue
 * @param polarity positive, negative or mixed
 */
record FeedbackAssessment(int score, int first, boolean framed, String polarity, String evidence) {

    static FeedbackAssessment of(Signals s) {
        MessageText t = s.text();
        s.suppress(Cue.POSITIVE, Cue.SUGGESTION);
        s.suppress(Cue.POSITIVE, Cue.ACK);
        s.suppress(Cue.FEEDBACK_FRAME, Cue.ASK_INFO);
        int pos = 0;
        int neg = 0;
        int score = 0;
        int first = Integer.MAX_VALUE;
        List<String> why = new ArrayList<>();
        for (Hit<Cue> h : statements(s, Cue.POSITIVE)) {
            if (interjection(s, h)) {
                continue;
            }
            pos++;
            score++;
            first = Math.min(first, h.from());
            add(why, "positive", t, h);
        }
        for (Hit<Cue> h : s.negatedHits(Cue.POSITIVE)) {
            neg++;
            score++;
            first = Math.min(first, h.from());
            add(why, "negated-positive", t, h);
        }
        for (Hit<Cue> h : statements(s, Cue.NEGATIVE)) {
            neg++;
            score++;
            first = Math.min(first, h.from());
            add(why, "negative", t, h);
        }
        for (Hit<Cue> h : statements(s, Cue.SUGGESTION)) {
            neg++;
            score += 2;
            first = Math.min(first, h.from());
            add(why, "suggestion", t, h);
        }
        boolean framed = false;
        for (Hit<Cue> h : statements(s, Cue.FEEDBACK_FRAME)) {
            framed = true;
            score += 2;
            first = Math.min(first, h.from());
            add(why, "frame", t, h);
        }
        int rating = Ratings.percent(t);
        if (rating >= 0) {
            score += 2;
            why.add("rating " + rating + "%");
            if (rating >= 80) {
                pos++;
            } else if (rating <= 50) {
                neg++;
            } else {
                pos++;
                neg++;
            }
        }
        String polarity = pos > 0 && neg > 0 ? "mixed" : pos > 0 ? "positive" : "negative";
        return new FeedbackAssessment(score, first, framed, polarity, String.join("; ", why));
    }

    boolean present() {
        return score > 0;
    }

    private static List<Hit<Cue>> statements(Signals s, Cue cue) {
        List<Hit<Cue>> out = new ArrayList<>();
        for (Hit<Cue> h : s.hits(cue)) {
            if (!s.text().isQuestion(s.text().word(h.from()).sentence())) {
                out.add(h);
            }
        }
        return out;
    }

    /** "Great, thanks!": a one-word reaction before gratitude is not an evaluation. */
    private static boolean interjection(Signals s, Hit<Cue> h) {
        MessageText t = s.text();
        boolean sentenceStart = h.from() == 0 || t.word(h.from() - 1).sentence() != t.word(h.from()).sentence();
        if (!sentenceStart) {
            return false;
        }
        for (Cue c : new Cue[] {Cue.THANKS, Cue.THANKS_FOR}) {
            for (Hit<Cue> g : s.hits(c)) {
                if (g.from() >= h.to() && g.from() <= h.to() + 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void add(List<String> why, String kind, MessageText t, Hit<Cue> h) {
        why.add(kind + " '" + t.quote(h.from(), h.to()) + "'");
    }
}
