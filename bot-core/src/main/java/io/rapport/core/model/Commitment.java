package io.rapport.core.model;

import java.time.Instant;
import java.util.Objects;

/** A promise a teammate made to a customer. */
public record Commitment(
        String id,
        String customerId,
        Person owner,
        String text,
        Instant due,
        Instant createdAt,
        Status status,
        Instant closedAt) {

    public enum Status { OPEN, KEPT, CANCELLED }

    public Commitment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(createdAt, "createdAt");
        status = status == null ? Status.OPEN : status;
    }

    public Commitment closed(Status how, Instant at) {
        return new Commitment(id, customerId, owner, text, due, createdAt, how, at);
    }

    public Commitment reassigned(Person to) {
        return new Commitment(id, customerId, to, text, due, createdAt, status, closedAt);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** Kept late or not at all counts as broken. */
    public boolean isBroken(Instant now) {
        return switch (status) {
            case OPEN -> now.isAfter(due);
            case KEPT -> closedAt != null && closedAt.isAfter(due);
            case CANCELLED -> false;
        };
    }
}
