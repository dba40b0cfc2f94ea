package io.rapport.slack.inbox;

import io.rapport.core.port.DeliveryException;
import io.rapport.core.port.StoreException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Works off the event inbox on one thread, in arrival order. An event is acknowledged in Redis only after it
 * was handled; when handling fails for a passing reason (Redis or Slack unreachable) it stays pending and is
 * tried again after {@code retryAfter}; an event that fails for good, or {@code maxAttempts} times, is set
 * aside in the dead-letter stream with the reason.
 */
public final class EventWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventWorker.class);
    private final EventInbox inbox;
    private final Consumer<EventInbox.Entry> handler;
    private final Duration retryAfter;
    private final int maxAttempts;
    private final String consumer = "worker-" + UUID.randomUUID();
    private final Thread thread;
    private volatile boolean running = true;
    private boolean failing;

    public EventWorker(EventInbox inbox, Consumer<EventInbox.Entry> handler, Duration retryAfter, int maxAttempts) {
        this.inbox = inbox;
        this.handler = handler;
        this.retryAfter = retryAfter;
        this.maxAttempts = maxAttempts;
        this.thread = new Thread(this::loop, "rapport-slack-events");
        this.thread.setDaemon(true);
    }

    public EventWorker start() {
        thread.start();
        return this;
    }

    private void loop() {
        long lastReclaim = 0;
        while (running) {
            try {
                inbox.ensureGroup();
                if (System.nanoTime() - lastReclaim > retryAfter.toNanos() / 2) {
                    lastReclaim = System.nanoTime();
                    handleAll(inbox.reclaim(consumer, retryAfter, 20));
                }
                handleAll(inbox.poll(consumer, 20, Duration.ofMillis(500)));
                if (failing) {
                    LOG.info("Slack event inbox reachable again");
                    failing = false;
                }
            } catch (JedisException | StoreException e) {
                if (!failing) {
                    LOG.error("Slack event inbox unreachable; retrying: {}", e.getMessage());
                }
                failing = true;
                pause();
            } catch (RuntimeException e) {
                LOG.error("Slack event worker round failed", e);
                pause();
            }
        }
    }

    /**
     * Handles what is there now on the calling thread, then returns (tests); with {@code reclaimIdle}, first
     * takes over pending entries idle that long (zero: all of them, as if their worker had died).
     */
    public int drainOnce(Duration reclaimIdle) {
        inbox.ensureGroup();
        List<EventInbox.Entry> entries = new java.util.ArrayList<>();
        if (reclaimIdle != null) {
            entries.addAll(inbox.reclaim(consumer, reclaimIdle, 100));
        }
        entries.addAll(inbox.poll(consumer, 100, Duration.ofMillis(1)));
        handleAll(entries);
        return entries.size();
    }

    private void handleAll(List<EventInbox.Entry> entries) {
        for (EventInbox.Entry entry : entries) {
            if (!running && Thread.currentThread() == thread) {
                return; // left pending: another instance (or the next start) takes it over
            }
            handle(entry);
        }
    }

    private void handle(EventInbox.Entry entry) {
        try {
            handler.accept(entry);
            inbox.done(entry);
        } catch (JedisException | StoreException | DeliveryException e) {
            long attempts = safeFailed(entry);
            if (attempts >= maxAttempts || isPermanent(e)) {
                LOG.error("Giving up on Slack event {} after {} attempts: {}", entry.eventId(), attempts, e.toString());
                inbox.deadLetter(entry, e.toString());
            } else {
                LOG.warn("Slack event {} failed (attempt {}), retrying: {}", entry.eventId(), attempts, e.getMessage());
            }
        } catch (RuntimeException e) {
            LOG.error("Slack event {} cannot be handled; set aside", entry.eventId(), e);
            inbox.deadLetter(entry, e.toString());
        }
    }

    private static boolean isPermanent(RuntimeException e) {
        return e instanceof io.rapport.slack.web.SlackCallException s && s.permanent();
    }

    private long safeFailed(EventInbox.Entry entry) {
        try {
            return inbox.failed(entry);
        } catch (JedisException e) {
            return 0;
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops after the event in hand; what was not handled stays pending in Redis. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
