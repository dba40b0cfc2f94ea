package io.rapport.teams;

import java.time.Duration;

/**
 * How hard one send tries before giving up: attempts, and the backoff between them (doubling, with jitter,
 * never shorter than a {@code Retry-After} the connector asked for, never longer than {@code maxBackoff}).
 */
public record SendPolicy(int attempts, Duration initialBackoff, Duration maxBackoff) {

    public static SendPolicy standard() {
        return new SendPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30));
    }
}
