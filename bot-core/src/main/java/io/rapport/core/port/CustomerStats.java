package io.rapport.core.port;

import java.time.Instant;

/**
 * Counters kept beside the bounded timeline so that rules and the health score never need the whole
 * history. Instants are null when it never happened.
 */
public record CustomerStats(
        long touches,
        long gesturesIn,
        long gesturesOut,
        Instant lastTouchAt,
        Instant lastInAt,
        Instant lastOutAt,
        Instant lastFaceTimeAt) {

    public static final CustomerStats NONE = new CustomerStats(0, 0, 0, null, null, null, null);
}
