package io.rapport.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each conversation under Teams' per-bot limits (7 messages a second, 60 in 30 seconds) by making a
 * sender wait for its turn. A send counts from when it starts until it has finished, so Teams, which counts
 * on arrival, never sees more than the limit in any window. After a 429 the conversation is held for the
 * Retry-After the connector gave, for every sender in the process (not just the one that was told). Per process:
 * several instances sharing a tenant still rely on the 429 backoff.
 */
final class RateLimiter {
    private static final long SECOND = 1_000;
    private static final long WINDOW = 30_000;
    private final int perSecond;
    private final int perWindow;
    private final Map<String, List<long[]>> sends = new ConcurrentHashMap<>();
    private final Map<String, Long> heldUntil = new ConcurrentHashMap<>();

    RateLimiter(int perSecond, int perWindow) {
        this.perSecond = perSecond;
        this.perWindow = perWindow;
    }

    static RateLimiter teams() {
        return new RateLimiter(7, 60);
    }

    /** A send under way; {@link #close()} when it is done. */
    final class Slot implements AutoCloseable {
        private final List<long[]> list;
        private final long[] at;

        private Slot(List<long[]> list, long[] at) {
            this.list = list;
            this.at = at;
        }

        @Override
        public void close() {
            synchronized (list) {
                at[0] = System.currentTimeMillis();
                list.notifyAll();
            }
        }
    }

    /** Blocks until the conversation may take one more message. */
    Slot acquire(String conversation) throws InterruptedException {
        List<long[]> list = sends.computeIfAbsent(conversation, c -> new ArrayList<>());
        synchronized (list) {
            while (true) {
                long now = System.currentTimeMillis();
                list.removeIf(t -> t[0] != Long.MAX_VALUE && t[0] <= now - WINDOW);
                long held = heldUntil.getOrDefault(conversation, 0L) - now;
                long wait = Math.max(held, Math.max(waitFor(list, perWindow, WINDOW, now),
                        waitFor(list, perSecond, SECOND, now)));
                if (wait <= 0) {
                    long[] slot = {Long.MAX_VALUE}; // in flight: counts as "now" until it finishes
                    list.add(slot);
                    return new Slot(list, slot);
                }
                list.wait(Math.min(wait, WINDOW) + 1);
            }
        }
    }

    /** The connector answered 429: nobody in this process sends to {@code conversation} for {@code retryAfter}. */
    void hold(String conversation, java.time.Duration retryAfter) {
        long until = System.currentTimeMillis() + retryAfter.toMillis();
        heldUntil.merge(conversation, until, Math::max);
    }

    /** How long until fewer than {@code limit} sends fall in the last {@code window}; 0 if already so. */
    private static long waitFor(List<long[]> list, int limit, long window, long now) {
        List<Long> recent = new ArrayList<>();
        for (long[] t : list) {
            if (t[0] > now - window) {
                recent.add(t[0]);
            }
        }
        if (recent.size() < limit) {
            return 0;
        }
        recent.sort(null);
        long oldest = recent.get(recent.size() - limit);
        // an in-flight send has no end yet: wait a little and look again
        return oldest == Long.MAX_VALUE ? 50 : oldest + window - now;
    }
}
