package io.rapport.core.time;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A due phrase found in a message.
 *
 * @param phrase the phrase exactly as written, equal to {@code message.substring(start, end)}
 * @param start index of its first character in the message
 * @param end index just past its last character
 * @param due the resolved due instant, in the reference's zone
 */
public record DueMatch(String phrase, int start, int end, ZonedDateTime due) {

    public DueMatch {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(due, "due");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
