package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.port.Store;
import io.rapport.core.rule.PromiseRule;
import io.rapport.core.rulebook.RulebookLoader;
import io.rapport.core.testing.EngineHarness;
import io.rapport.core.testing.InMemoryStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What one delivery reads from the store: each thing once, and nothing the nudge's rule never looks at. */
class DeliveryReadsTest {

    /** A store that records the name of every method called on it. */
    private static Store recording(Store store, List<String> calls) {
        return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
                (proxy, method, args) -> {
                    calls.add(method.getName());
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void a_promise_reminder_reads_its_customer_and_its_readers_zone_once_and_no_active_nudges() {
        List<String> calls = Collections.synchronizedList(new ArrayList<>());
        EngineHarness h = new EngineHarness(recording(new InMemoryStore(), calls), "test", RulebookLoader.defaults(),
                List.of(new PromiseRule()));
        h.say("alex", "add Acme tier key"); // Monday 2 March 10:00
        h.say("alex", "promise acme send the report by Friday");
        h.clock.set(Instant.parse("2026-03-05T16:00:00Z"));
        assertEquals(0, h.scheduler.runOnce(10), "only the engine's own daily round is due");
        h.clock.set(Instant.parse("2026-03-05T17:00:00Z")); // the day-before reminder is due
        calls.clear();

        assertEquals(1, h.scheduler.runOnce(10));

        assertEquals(1, calls.stream().filter("customer"::equals).count(), calls.toString());
        assertEquals(1, calls.stream().filter("setting"::equals).count(), "the reader's zone: " + calls);
        assertFalse(calls.contains("activeNudges"), "the promise rule plans nothing when a reminder is due: " + calls);
        assertEquals(1, h.messenger.sent().size());
    }

    @Test
    void the_active_nudges_are_read_once_on_first_look_and_never_when_nobody_looks() {
        AtomicInteger reads = new AtomicInteger();
        List<String> unread = new ReadOnUse<>(() -> {
            reads.incrementAndGet();
            return List.of("n1", "n2");
        });
        assertEquals(0, reads.get());
        assertEquals(2, unread.size());
        assertTrue(unread.contains("n2"));
        assertEquals(List.of("n1", "n2"), unread.stream().toList());
        assertEquals(1, reads.get());
        assertThrows(UnsupportedOperationException.class, () -> unread.add("n3"));
    }
}
