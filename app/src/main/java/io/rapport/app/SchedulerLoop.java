package io.rapport.app;

import io.rapport.core.engine.Scheduler;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the scheduler on one background thread: every {@code interval}, or again at once while a full
 * batch came back. The nudges of a round are delivered by {@link #DELIVERERS} threads, because each delivery
 * mostly waits (on Redis, on the platform's API, on a channel's pace). A failing round (Redis down) is logged
 * and retried; the loop never dies.
 */
public final class SchedulerLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SchedulerLoop.class);
    private static final int BATCH = 200;
    static final int DELIVERERS = 16;
    private final Scheduler scheduler;
    private final Duration interval;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rapport-scheduler");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService deliveries = Executors.newFixedThreadPool(DELIVERERS, r -> {
        Thread t = new Thread(r, "rapport-delivery");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean lastRoundFailed;

    public SchedulerLoop(Scheduler scheduler, Duration interval) {
        this.scheduler = scheduler;
        this.interval = interval;
    }

    public void start() {
        executor.scheduleWithFixedDelay(this::round, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            while (scheduler.runOnce(BATCH, deliveries) >= BATCH) {
                // a full batch: more may be due right now
            }
            if (lastRoundFailed) {
                LOG.info("Scheduler recovered");
                lastRoundFailed = false;
            }
        } catch (RuntimeException e) {
            if (!lastRoundFailed) {
                LOG.error("Scheduler round failed; retrying every {} ms: {}", interval.toMillis(), e.toString());
            }
            lastRoundFailed = true;
        }
    }

    /** Finishes the delivery in progress, gives back what was claimed but not sent, and stops. */
    @Override
    public void close() {
        scheduler.stop();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Scheduler did not finish within 10 s; its claims come back after their lease");
                executor.shutdownNow();
            }
            deliveries.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
