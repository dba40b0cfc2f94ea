package io.rapport.core.port;

/**
 * A condition checked atomically with a {@link Store#commit} batch; if any fails, nothing is written
 * and {@link ConflictException} is thrown.
 */
public sealed interface Expectation {

    /** No customer has this name (compared case-insensitively). */
    record NameFree(String name) implements Expectation {
    }

    record CustomerExists(String customerId) implements Expectation {
    }

    /** The active nudge with this key is {@code nudgeId}, or there is none when {@code nudgeId} is null. */
    record ActiveNudge(String key, String nudgeId) implements Expectation {
    }
}
