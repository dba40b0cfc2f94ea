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
 * Runs a scheduler on a background thread of its own: every {@code interval}, or again at once while a full
 * batch came back. The nudges of a round are delivered by {@link #DELIVERERS} threads, because each delivery
 * mostly waits (on Redis, on the platform's API, on a channel's pace). A failing round (Redis down) is logged
 * and retried; the loop never dies. Main runs one per platform (a lane), so a send waiting on a slow or hanging
 * platform holds up no other platform's nudges.
 */
public final class SchedulerLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SchedulerLoop.class);
    private static final int BATCH = 200;
    static final int DELIVERERS = 16;
    private final Scheduler scheduler;
    private final Duration interval;
    private final ScheduledExecutorService executor;
    private final ExecutorService deliveries;
    private volatile boolean lastRoundFailed;

    /** @param lane names the thread ({@code rapport-scheduler-<lane>}) */
    public SchedulerLoop(Scheduler scheduler, Duration interval, String lane) {
        this.scheduler = scheduler;
        this.interval = interval;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rapport-scheduler-" + lane);
            t.setDaemon(true);
            return t;
        });
        this.deliveries = Executors.newFixedThreadPool(DELIVERERS, r -> {
            Thread t = new Thread(r, "rapport-delivery-" + lane);
            t.setDaemon(true);
            return t;
        });
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
                LOG.error("Scheduler round failed in {}; retrying every {} ms: {}", Thread.currentThread().getName(),
                        interval.toMillis(), e.toString());
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
