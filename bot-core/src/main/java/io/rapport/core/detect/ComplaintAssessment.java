package io.rapport.core.detect;

import io.rapport.core.detect.PhraseIndex.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a message complains, how clearly, and how seriously.
 *
 * @param present  some complaint signal is there
 * @param strong   frustration, sarcasm, repetition, waiting, a breach, churn or escalation: a complaint even
 *                 beside praise, a question or a request; a lone failure ("the export is wrong") is weak
 * @param severity 1 annoyance; 2 clear frustration, repeated failure, business impact, SLA or credits;
 *                 3 churn, contract, legal or leadership escalation
 * @param evidence the cues that decided it
 */
record ComplaintAssessment(boolean present, boolean strong, boolean annoyed, int severity, String evidence) {

    private static final ComplaintAssessment NONE = new ComplaintAssessment(false, false, false, 0, "");

    /** Words that, written in capitals, raise the voice rather than spell an acronym. */
    private static final Set<String> EMPHASIS = Set.of("still", "again", "never", "nobody", "no", "not", "always",
            "every", "ever", "why", "you", "any", "zero", "same", "wrong", "down", "broken", "now", "nothing",
            "anyone", "yet", "months", "weeks", "days", "hours", "actually", "really");
    private static final Set<String> CONTRAST = Set.of("but", "however", "though", "although", "yet", "except");

    static ComplaintAssessment of(Signals s) {
        MessageText t = s.text();
        if (s.has(Cue.NOT_COMPLAINT) && !s.has(Cue.FRUSTRATION) && !s.has(Cue.CHURN)) {
            return NONE;
        }
        List<String> why = new ArrayList<>();
        boolean failure = s.inStatement(Cue.FAILURE);
        boolean trouble = failure || s.has(Cue.REPEAT) || s.has(Cue.REPEAT_COUNT) || s.has(Cue.WAITING);
        boolean strong = false;
        strong |= note(s, why, Cue.FRUSTRATION);
        strong |= note(s, why, Cue.THANKS_FOR_NOTHING);
        strong |= s.has(Cue.SARCASM) && trouble && note(s, why, Cue.SARCASM);
        strong |= note(s, why, Cue.WAITING);
        strong |= s.inStatement(Cue.REPEAT_COUNT) && note(s, why, Cue.REPEAT_COUNT);
        strong |= note(s, why, Cue.SLA_BREACH);
        strong |= note(s, why, Cue.VALUE);
        strong |= s.inStatement(Cue.BROKEN_PROMISE) && note(s, why, Cue.BROKEN_PROMISE);
        strong |= note(s, why, Cue.CHURN);
        boolean escalation = s.has(Cue.ESCALATE)
                && (s.has(Cue.LEADER) || s.has(Cue.CHURN_HINT) || s.has(Cue.THREAT) || s.has(Cue.LEGAL));
        if (escalation) {
            strong = true;
            note(s, why, Cue.ESCALATE);
            note(s, why, Cue.LEADER);
        }
        String contrast = contrastAfterGratitude(s);
        if (contrast != null) {
            strong = true;
            why.add("thanks-but '" + contrast + "'");
        }
        if (t.shouting()) {
            strong = true;
            why.add("all-caps");
        } else {
            String loud = emphasis(t);
            if (loud != null && trouble) {
                strong = true;
                why.add("emphasis '" + loud + "'");
            }
        }
        boolean annoyed = note(s, why, Cue.ANNOYANCE);
        boolean weak = annoyed || (failure && note(s, why, Cue.FAILURE));
        if (!strong && !weak) {
            return NONE;
        }
        if (strong) {
            note(s, why, Cue.FAILURE);
        }
        int severity = severity(s, strong, escalation, why);
        return new ComplaintAssessment(true, strong, annoyed, severity, String.join("; ", why));
    }

    private static int severity(Signals s, boolean strong, boolean escalation, List<String> why) {
        boolean legal = s.has(Cue.LEGAL) && note(s, why, Cue.LEGAL);
        if (s.has(Cue.CHURN) || escalation || legal || (s.has(Cue.THREAT) && s.has(Cue.CHURN_HINT))) {
            note(s, why, Cue.THREAT);
            note(s, why, Cue.CHURN_HINT);
            return 3;
        }
        boolean serious = strong || s.has(Cue.IMPACT) || s.has(Cue.SLA) || s.has(Cue.LEADER);
        if (serious) {
            note(s, why, Cue.IMPACT);
            note(s, why, Cue.SLA);
            note(s, why, Cue.LEADER);
        }
        // "a bit disappointed", "minor thing": the writer marks it as mild.
        if (s.has(Cue.SOFTENER) && !s.has(Cue.FRUSTRATION) && !s.text().shouting()) {
            note(s, why, Cue.SOFTENER);
            return 1;
        }
        return serious ? 2 : 1;
    }

    /** "Thanks, but it's still broken": gratitude followed by a contrast and trouble. */
    private static String contrastAfterGratitude(Signals s) {
        int gratitude = Math.min(s.first(Cue.THANKS), s.first(Cue.THANKS_FOR));
        if (gratitude == Integer.MAX_VALUE) {
            return null;
        }
        MessageText t = s.text();
        for (int k = gratitude + 1; k < t.size(); k++) {
            if (CONTRAST.contains(t.norm(k))) {
                for (Cue c : new Cue[] {Cue.FAILURE, Cue.REPEAT, Cue.REPEAT_COUNT, Cue.WAITING, Cue.SLA,
                    Cue.BROKEN_PROMISE, Cue.ANNOYANCE}) {
                    for (Hit<Cue> h : s.hits(c)) {
                        if (h.from() > gratitude) {
                            return t.quote(k, k + 1) + " … " + t.quote(h.from(), h.to());
                        }
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static String emphasis(MessageText t) {
        for (int i = 0; i < t.size(); i++) {
            MessageText.Word w = t.word(i);
            if (w.upper() && EMPHASIS.contains(w.norm())) {
                return t.raw(i);
            }
        }
        return null;
    }

    private static boolean note(Signals s, List<String> why, Cue cue) {
        if (!s.has(cue)) {
            return false;
        }
        String line = cue.id() + " '" + s.words(cue) + "'";
        if (!why.contains(line)) {
            why.add(line);
        }
        return true;
    }
}
