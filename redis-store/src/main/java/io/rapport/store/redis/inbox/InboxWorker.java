package io.rapport.store.redis.inbox;

import io.rapport.core.port.DeliveryException;
import io.rapport.core.port.StoreException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Works off one or more inboxes on one thread, each in arrival order. An event is acknowledged in Redis only
 * after it was handled; when handling fails for a passing reason (Redis or the platform unreachable) it stays
 * pending and is tried again after {@code retryAfter}; an event that fails for good ({@code permanent}), or
 * {@code maxAttempts} times, is set aside in the dead-letter stream with the reason.
 *
 * <p>With a single inbox the worker blocks on it; with several (one per workspace) it reads each in turn and
 * waits a moment when none had anything.
 */
public final class InboxWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InboxWorker.class);
    private static final Duration BLOCK = Duration.ofMillis(500);
    private static final long IDLE_MILLIS = 50;
    private final String what;
    private final Supplier<List<StreamInbox>> inboxes;
    private final Consumer<StreamInbox.Entry> handler;
    private final Duration retryAfter;
    private final int maxAttempts;
    private final Predicate<RuntimeException> permanent;
    private final String consumer = "worker-" + UUID.randomUUID();
    private final Thread thread;
    private volatile boolean running = true;
    private boolean failing;

    /** @param what names the events in logs ("Slack event") */
    public InboxWorker(String what, Supplier<List<StreamInbox>> inboxes, Consumer<StreamInbox.Entry> handler,
                       Duration retryAfter, int maxAttempts, Predicate<RuntimeException> permanent) {
        this.what = what;
        this.inboxes = inboxes;
        this.handler = handler;
        this.retryAfter = retryAfter;
        this.maxAttempts = maxAttempts;
        this.permanent = permanent;
        this.thread = new Thread(this::loop, "rapport-inbox-" + what.toLowerCase().replace(' ', '-'));
        this.thread.setDaemon(true);
    }

    public InboxWorker start() {
        thread.start();
        return this;
    }

    private void loop() {
        long lastReclaim = 0;
        while (running) {
            try {
                List<StreamInbox> all = inboxes.get();
                boolean reclaim = System.nanoTime() - lastReclaim > retryAfter.toNanos() / 2;
                if (reclaim) {
                    lastReclaim = System.nanoTime();
                }
                int handled = 0;
                for (StreamInbox inbox : all) {
                    inbox.ensureGroup();
                    if (reclaim) {
                        handled += handleAll(inbox, inbox.reclaim(consumer, retryAfter, 20));
                    }
                    handled += handleAll(inbox, inbox.poll(consumer, 20, all.size() == 1 ? BLOCK : null));
                }
                if (failing) {
                    LOG.info("{} inbox reachable again", what);
                    failing = false;
                }
                if (handled == 0 && all.size() != 1) {
                    Thread.sleep(IDLE_MILLIS);
                }
            } catch (JedisException | StoreException e) {
                if (!failing) {
                    LOG.error("{} inbox unreachable; retrying: {}", what, e.getMessage());
                }
                failing = true;
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (RuntimeException e) {
                LOG.error("{} worker round failed", what, e);
                pause();
            }
        }
    }

    /**
     * Handles what is there now on the calling thread, then returns (tests); with {@code reclaimIdle}, first
     * takes over pending entries idle that long (zero: all of them, as if their worker had died).
     */
    public int drainOnce(Duration reclaimIdle) {
        int handled = 0;
        for (StreamInbox inbox : inboxes.get()) {
            inbox.ensureGroup();
            List<StreamInbox.Entry> entries = new ArrayList<>();
            if (reclaimIdle != null) {
                entries.addAll(inbox.reclaim(consumer, reclaimIdle, 100));
            }
            entries.addAll(inbox.poll(consumer, 100, null));
            handleAll(inbox, entries);
            handled += entries.size();
        }
        return handled;
    }

    private int handleAll(StreamInbox inbox, List<StreamInbox.Entry> entries) {
        int handled = 0;
        for (StreamInbox.Entry entry : entries) {
            if (!running && Thread.currentThread() == thread) {
                break; // left pending: another instance (or the next start) takes it over
            }
            handle(inbox, entry);
            handled++;
        }
        return handled;
    }

    private void handle(StreamInbox inbox, StreamInbox.Entry entry) {
        try {
            handler.accept(entry);
            inbox.done(entry);
        } catch (JedisException | StoreException | DeliveryException e) {
            long attempts = safeFailed(inbox, entry);
            if (attempts >= maxAttempts || permanent.test(e)) {
                LOG.error("Giving up on {} {} after {} attempts: {}", what, entry.eventId(), attempts, e.toString());
                inbox.deadLetter(entry, e.toString());
            } else {
                LOG.warn("{} {} failed (attempt {}), retrying: {}", what, entry.eventId(), attempts, e.getMessage());
            }
        } catch (RuntimeException e) {
            LOG.error("{} {} cannot be handled; set aside", what, entry.eventId(), e);
            inbox.deadLetter(entry, e.toString());
        }
    }

    private static long safeFailed(StreamInbox inbox, StreamInbox.Entry entry) {
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
        if (thread.isAlive()) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
