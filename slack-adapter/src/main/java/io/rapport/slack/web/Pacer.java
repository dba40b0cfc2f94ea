package io.rapport.slack.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces out messages per channel the way Slack asks (about one per second, short bursts allowed): a token
 * bucket per channel. After a 429 the method is held in that workspace for the Retry-After Slack gave, for
 * every sender (Slack's limits are per method and workspace), and the channel it was for as well.
 */
public final class Pacer {
    private final Clock clock;
    private final double perSecond;
    private final int burst;
    private final Map<String, Bucket> buckets = new HashMap<>();
    private final Map<String, Instant> heldMethods = new HashMap<>();

    public Pacer(Clock clock, double perSecond, int burst) {
        this.clock = clock;
        this.perSecond = perSecond;
        this.burst = burst;
    }

    private static final class Bucket {
        double tokens;
        Instant refilled;
        Instant heldUntil = Instant.EPOCH;
    }

    /** How long to wait before the next message to {@code channel}; the slot is taken when this returns zero. */
    public synchronized Duration reserve(String channel) {
        Instant now = clock.instant();
        Bucket b = buckets.computeIfAbsent(channel, c -> {
            Bucket fresh = new Bucket();
            fresh.tokens = burst;
            fresh.refilled = now;
            return fresh;
        });
        if (now.isBefore(b.heldUntil)) {
            return Duration.between(now, b.heldUntil);
        }
        double elapsed = Duration.between(b.refilled, now).toNanos() / 1e9;
        b.tokens = Math.min(burst, b.tokens + elapsed * perSecond);
        b.refilled = now;
        if (b.tokens >= 1) {
            b.tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) ((1 - b.tokens) / perSecond * 1e9));
    }

    /** Slack said 429: nobody sends to this channel before {@code until}. */
    public synchronized void hold(String channel, Duration retryAfter) {
        Bucket b = buckets.get(channel);
        if (b != null) {
            Instant until = clock.instant().plus(retryAfter);
            b.heldUntil = until.isAfter(b.heldUntil) ? until : b.heldUntil;
            b.tokens = 0;
        }
    }

    /** How long every sender must still wait before calling {@code method} in workspace {@code team}. */
    public synchronized Duration held(String team, String method) {
        Instant until = heldMethods.get(team + " " + method);
        Instant now = clock.instant();
        if (until == null || !now.isBefore(until)) {
            heldMethods.remove(team + " " + method);
            return Duration.ZERO;
        }
        return Duration.between(now, until);
    }

    /** Slack said 429: nobody calls {@code method} in {@code team} before then. */
    public synchronized void hold(String team, String method, Duration retryAfter) {
        Instant until = clock.instant().plus(retryAfter);
        heldMethods.merge(team + " " + method, until, (a, b) -> a.isAfter(b) ? a : b);
    }
}
