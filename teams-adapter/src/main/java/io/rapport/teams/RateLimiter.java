package io.rapport.teams;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each conversation under Teams' per-bot limits (7 messages a second, 60 in 30 seconds) by making a
 * sender wait for its turn. Per process: several instances sharing one tenant still rely on the 429 backoff.
 */
final class RateLimiter {
    private static final long SECOND = 1_000;
    private static final long WINDOW = 30_000;
    private final int perSecond;
    private final int perWindow;
    private final Map<String, Deque<Long>> sent = new ConcurrentHashMap<>();

    RateLimiter(int perSecond, int perWindow) {
        this.perSecond = perSecond;
        this.perWindow = perWindow;
    }

    static RateLimiter teams() {
        return new RateLimiter(7, 60);
    }

    /** Blocks until the conversation may take one more message, then counts it. */
    void acquire(String conversation) throws InterruptedException {
        Deque<Long> times = sent.computeIfAbsent(conversation, c -> new ArrayDeque<>());
        synchronized (times) {
            while (true) {
                long now = System.currentTimeMillis();
                while (!times.isEmpty() && times.peekFirst() <= now - WINDOW) {
                    times.pollFirst();
                }
                long wait = 0;
                if (times.size() >= perWindow) {
                    wait = times.peekFirst() + WINDOW - now;
                }
                int inLastSecond = 0;
                Long oldestInSecond = null;
                for (var it = times.descendingIterator(); it.hasNext(); ) {
                    long t = it.next();
                    if (t <= now - SECOND) {
                        break;
                    }
                    inLastSecond++;
                    oldestInSecond = t;
                }
                if (inLastSecond >= perSecond) {
                    wait = Math.max(wait, oldestInSecond + SECOND - now);
                }
                if (wait <= 0) {
                    times.addLast(now);
                    return;
                }
                times.wait(wait + 1);
            }
        }
    }
}
