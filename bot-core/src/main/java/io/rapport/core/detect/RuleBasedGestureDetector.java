package io.rapport.core.detect;

import io.rapport.core.model.TouchKind;
import java.util.List;
import java.util.Locale;

/**
 * Classifies a customer's message with named cue lexicons and a short list of ordered decisions, each
 * of which says why it fired. The order encodes which label dominates a mixed message:
 * <ol>
 *   <li>a decline ("no thanks, we're fine") is neutral;</li>
 *   <li>a clear complaint wins over everything, however politely thanked ("thanks, but it's still broken");</li>
 *   <li>a referral, then a gift (offering swag while asking sizes is still a gift);</li>
 *   <li>praise of people, even with thanks alongside;</li>
 *   <li>gratitude for something done, unless product feedback comes first in the message;</li>
 *   <li>a mild complaint (annoyance, or a failure told without asking anything);</li>
 *   <li>feedback against a request or a question, by weight; a framed suggestion stays feedback;</li>
 *   <li>a bare "thanks" with nothing else asked is thanks; anything else is neutral.</li>
 * </ol>
 * Stateless, thread-safe and allocation-light: the lexicons are compiled once.
 */
public final class RuleBasedGestureDetector implements GestureDetector {

    @Override
    public Detection classify(String text) {
        MessageText t = new MessageText(MessageText.readable(text));
        if (t.size() == 0) {
            return Detection.neutral();
        }
        Signals s = new Signals(t, CustomerCues.INDEX.find(t));
        tidy(s);
        ComplaintAssessment complaint = ComplaintAssessment.of(s);
        if (s.has(Cue.DECLINE) && !complaint.strong()) {
            return neutral(s.evidence(Cue.DECLINE));
        }
        if (complaint.strong()) {
            return complaint(complaint);
        }
        Detection referral = referral(s);
        if (referral != null) {
            return referral;
        }
        Detection gift = gift(s);
        if (gift != null) {
            return gift;
        }
        PraiseAssessment praise = PraiseAssessment.of(s);
        if (praise.present()) {
            String also = complaint.present() ? " (also complaint: " + complaint.evidence() + ")" : "";
            return new Detection(TouchKind.PRAISE, "praise", praise.evidence() + also, praise.praised(), null, 0);
        }
        FeedbackAssessment feedback = FeedbackAssessment.of(s);
        boolean gratitude = s.has(Cue.THANKS_FOR);
        if (gratitude) {
            if (feedback.present() && feedback.first() < s.first(Cue.THANKS_FOR) && !complaint.present()) {
                return feedback(feedback, " (also thanks)");
            }
            return new Detection(TouchKind.THANKS, "thanks", s.evidence(Cue.THANKS_FOR));
        }
        AskAssessment ask = AskAssessment.of(s);
        if (complaint.present() && (complaint.annoyed() || (!ask.present() && !feedback.framed()))) {
            return complaint(complaint);
        }
        if (feedback.present() && (feedback.framed() || feedback.score() > ask.request())
                && !(ask.question() && ask.request() == 0 && !feedback.framed())) {
            return feedback(feedback, "");
        }
        if (ask.request() >= 2 || (ask.request() > 0 && !ask.question())) {
            return new Detection(TouchKind.MESSAGE, "request", ask.evidence());
        }
        if (ask.question()) {
            return new Detection(TouchKind.MESSAGE, "question", ask.evidence());
        }
        if (s.has(Cue.THANKS)) {
            return new Detection(TouchKind.THANKS, "thanks", s.evidence(Cue.THANKS));
        }
        return Detection.neutral();
    }

    /** Cue overlaps that change meaning: "thanks in advance" is a sign-off, "fed up with their vendor" a lead. */
    private static void tidy(Signals s) {
        s.suppress(Cue.THANKS, Cue.THANKS_IN_ADVANCE);
        s.suppress(Cue.THANKS_FOR, Cue.THANKS_IN_ADVANCE);
        s.suppress(Cue.THANKS, Cue.THANKS_FOR_NOTHING);
        s.suppress(Cue.THANKS_FOR, Cue.THANKS_FOR_NOTHING);
        s.suppress(Cue.THANKS, Cue.DECLINE);
        s.suppress(Cue.FRUSTRATION, Cue.PROSPECT);
        s.suppress(Cue.ANNOYANCE, Cue.PROSPECT);
        s.suppress(Cue.REFERRAL, Cue.REFERRAL_PROGRAM);
        s.suppress(Cue.PRAISE_GENERAL, Cue.PRAISE_TITLE);
    }

    private static Detection referral(Signals s) {
        if (s.has(Cue.REFERRAL_PROGRAM) && !s.has(Cue.REFERRAL)) {
            return null; // asking whether a referral programme exists is a question
        }
        if (s.has(Cue.REFERRAL) && !(s.has(Cue.HANDOFF) && onlyIntroductions(s))) {
            return referral(s, Cue.REFERRAL, Cue.PROSPECT, Cue.THIRD_PARTY);
        }
        boolean lead = s.has(Cue.PROSPECT) || s.count(Cue.REFERRAL_OFFER) >= 2;
        boolean who = s.has(Cue.INTRO) || s.has(Cue.THIRD_PARTY) || s.has(Cue.REFERRAL_OFFER);
        if (lead && who && !s.has(Cue.HANDOFF)) {
            return referral(s, Cue.PROSPECT, Cue.REFERRAL_OFFER, Cue.INTRO, Cue.THIRD_PARTY);
        }
        return null;
    }

    /** "Introducing Sam, who takes over billing": every referral cue is an introduction. */
    private static boolean onlyIntroductions(Signals s) {
        return s.hits(Cue.REFERRAL).stream().allMatch(h -> s.text().norm(h.from()).startsWith("introduc"));
    }

    private static Detection referral(Signals s, Cue... cues) {
        return new Detection(TouchKind.REFERRAL, "referral", s.evidence(cues));
    }

    private static Detection gift(Signals s) {
        boolean give = s.has(Cue.GIFT_ITEM) && s.has(Cue.GIFT_GIVE);
        boolean invite = s.has(Cue.GIFT_INVITE) && (s.has(Cue.GIFT_EVENT) || s.has(Cue.GIFT_ITEM)
                || s.words(Cue.GIFT_INVITE).toLowerCase(Locale.ROOT).contains("guest"));
        boolean resource = s.has(Cue.RESOURCE) && (s.text().hasLink() || s.count(Cue.RESOURCE) >= 2
                || attached(s.text()));
        if (s.has(Cue.GREETING) || give || invite || resource) {
            return new Detection(TouchKind.GIFT, "gift",
                    s.evidence(Cue.GREETING, Cue.GIFT_ITEM, Cue.GIFT_GIVE, Cue.GIFT_INVITE, Cue.GIFT_EVENT, Cue.RESOURCE));
        }
        return null;
    }

    private static boolean attached(MessageText t) {
        for (MessageText.Word w : t.words()) {
            if (w.norm().startsWith("attach") || w.norm().equals("enclosed")) {
                return true;
            }
        }
        return false;
    }

    private static Detection complaint(ComplaintAssessment c) {
        return new Detection(TouchKind.COMPLAINT, "complaint", c.evidence(), List.of(), null, c.severity());
    }

    private static Detection feedback(FeedbackAssessment f, String also) {
        return new Detection(TouchKind.FEEDBACK, "feedback", f.evidence() + also, List.of(), f.polarity(), 0);
    }

    private static Detection neutral(String evidence) {
        return new Detection(TouchKind.MESSAGE, "neutral", evidence);
    }
}
