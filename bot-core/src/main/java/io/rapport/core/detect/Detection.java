package io.rapport.core.detect;

import io.rapport.core.model.TouchKind;

/**
 * What a message was taken to be, and the words that decided it.
 *
 * @param kind     the touch kind it is recorded as ({@code MESSAGE} when nothing special was found)
 * @param label    the finer label (thanks, praise, question, request, neutral …)
 * @param evidence the words or pattern that triggered it, empty for neutral
 */
public record Detection(TouchKind kind, String label, String evidence) {

    public static Detection neutral() {
        return new Detection(TouchKind.MESSAGE, "neutral", "");
    }
}
