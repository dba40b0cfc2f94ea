package io.rapport.core.detect;

import java.util.Locale;

/** A named signal in a customer's message. Its id is what evidence shows ("complaint.repeat: 'third time'"). */
enum Cue {
    // Gratitude
    THANKS, THANKS_FOR, THANKS_IN_ADVANCE, THANKS_FOR_NOTHING, DECLINE,
    // Praise of people
    PRAISE_TITLE, PRAISE_PERSONAL, PRAISE_GENERAL, PASS_ON, PERSON_REF,
    // Referral
    REFERRAL, REFERRAL_OFFER, PROSPECT, INTRO, THIRD_PARTY, HANDOFF, REFERRAL_PROGRAM,
    // Gift
    GIFT_ITEM, GIFT_GIVE, GIFT_INVITE, GIFT_EVENT, GREETING, RESOURCE,
    // Feedback
    FEEDBACK_FRAME, SUGGESTION, RATING, POSITIVE, NEGATIVE, ACK,
    // Complaint
    FRUSTRATION, ANNOYANCE, FAILURE, REPEAT, REPEAT_COUNT, WAITING, IMPACT, SLA, SLA_BREACH, VALUE,
    BROKEN_PROMISE, SARCASM, CHURN, CHURN_HINT, ESCALATE, LEADER, LEGAL, THREAT, SOFTENER, NOT_COMPLAINT,
    // Questions and requests
    ASK_INFO, REQUEST_MODAL, REQUEST_WANT, REQUEST_PLEASE, REQUEST_FEATURE;

    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    String id() {
        return id;
    }
}
