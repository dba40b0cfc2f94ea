package io.rapport.core.detect;

import io.rapport.core.model.TouchKind;
import java.util.List;

/**
 * What a customer's message was taken to be, and the words that decided it.
 *
 * @param kind     the touch kind it is recorded as ({@code MESSAGE} for question, request, neutral)
 * @param label    thanks, praise, referral, gift, feedback, complaint, question, request or neutral
 * @param evidence the words or pattern that decided it, empty for neutral
 * @param praised  on praise: the people named as they appear in the text ({@code <@U…>}, {@code <at>…</at>},
 *                 a name); empty when the team is praised as a whole
 * @param polarity on feedback: positive, negative or mixed; else null
 * @param severity on complaint: 1 (mild) to 3 (severe); else 0
 */
public record Detection(TouchKind kind, String label, String evidence, List<String> praised, String polarity,
                        int severity) {

    public Detection {
        praised = praised == null ? List.of() : List.copyOf(praised);
    }

    public Detection(TouchKind kind, String label, String evidence) {
        this(kind, label, evidence, List.of(), null, 0);
    }

    public static Detection neutral() {
        return new Detection(TouchKind.MESSAGE, "neutral", "");
    }
}
