package io.rapport.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One contact between the team and a customer.
 *
 * @param who        the customer's person for {@code IN}, the teammate for {@code OUT}
 * @param source     where it came from: {@code command}, {@code channel:<id>}, {@code nudge}
 * @param unanswered an outreach the teammate logged as not answered yet ({@code log acme email unanswered …}):
 *                   the persistence rule follows it up until the customer answers
 */
public record Touch(
        String id,
        String customerId,
        TouchKind kind,
        Direction direction,
        Person who,
        Instant at,
        String note,
        String source,
        boolean unanswered) {

    public Touch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(at, "at");
        note = note == null ? "" : note;
        source = source == null ? "command" : source;
    }

    public Touch(String id, String customerId, TouchKind kind, Direction direction, Person who, Instant at,
                 String note, String source) {
        this(id, customerId, kind, direction, who, at, note, source, false);
    }

    /**
     * This touch with its note cut to at most {@code max} characters (whitespace flattened, an ellipsis
     * where it was cut): what a timeline keeps of a message it observed.
     */
    public Touch excerpt(int max) {
        String flat = note.strip().replaceAll("\\s+", " ");
        String cut = flat.length() <= max ? flat : flat.substring(0, max - 1).stripTrailing() + "\u2026";
        return cut.equals(note) ? this : new Touch(id, customerId, kind, direction, who, at, cut, source, unanswered);
    }

    public Touch withKind(TouchKind next) {
        return new Touch(id, customerId, next, direction, who, at, note, source, unanswered);
    }
}
