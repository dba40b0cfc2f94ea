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

    /**
     * No batch carrying {@link Change.Seen} with this token was committed within the store's memory of it
     * ({@link Change.Seen#REMEMBERED}): how a platform message handled twice (its worker died after the commit,
     * before it could mark the message handled) is recorded once.
     */
    record Unseen(String token) implements Expectation {
    }

    /** The active nudge with this key is {@code nudgeId}, or there is none when {@code nudgeId} is null. */
    record ActiveNudge(String key, String nudgeId) implements Expectation {
    }
}
