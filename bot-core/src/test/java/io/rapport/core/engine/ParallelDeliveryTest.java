package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rapport.core.rule.PromiseRule;
import io.rapport.core.testing.EngineHarness;
import io.rapport.core.testing.RecordingMessenger.Sent;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One round's claims delivered on several threads: each exactly once, a failed send retried, none lost. */
class ParallelDeliveryTest extends Scenario {
    private static final int PROMISES = 24;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @BeforeEach
    void setUp() {
        h = new EngineHarness(new PromiseRule());
        h.say("alex", "add Acme tier key"); // Monday 2 March 10:00
        h.sayIn("C1", "alex", "link acme");
        for (int i = 0; i < PROMISES; i++) {
            h.say("alex", "promise acme send report " + i + " by Friday");
        }
        h.clock.set(java.time.Instant.parse("2026-03-05T17:00:00Z")); // every day-before reminder is due
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    @Test
    void every_claimed_nudge_is_delivered_once_on_the_delivery_threads() {
        assertEquals(PROMISES, h.scheduler.runOnce(100, threads));
        Set<String> keys = h.messenger.sent().stream().map(Sent::key).collect(Collectors.toSet());
        assertEquals(PROMISES, h.messenger.sent().size());
        assertEquals(PROMISES, keys.size());
        assertEquals(0, h.scheduler.runOnce(100, threads));
    }

    @Test
    void a_failed_send_does_not_stop_the_others_and_is_retried_later() {
        h.messenger.failNext(1);
        assertEquals(PROMISES - 1, h.scheduler.runOnce(100, threads));
        h.clock.set(java.time.Instant.parse("2026-03-06T10:00:00Z")); // the next working morning
        assertEquals(1, h.scheduler.runOnce(100, threads));
        assertEquals(PROMISES, h.messenger.sent().stream().map(Sent::key).distinct().count());
    }
}
