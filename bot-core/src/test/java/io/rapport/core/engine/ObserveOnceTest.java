package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.message.Reply;
import io.rapport.core.rule.ReciprocateRule;
import io.rapport.core.testing.EngineHarness;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A platform message handled twice (its worker died after recording it and before marking the event handled,
 * so the next worker runs it again) is one touch, one gesture and one promise.
 */
class ObserveOnceTest {
    private EngineHarness h;

    @BeforeEach
    void setUp() {
        h = new EngineHarness(new ReciprocateRule());
        h.say("alex", "add Acme tier key");
        h.sayIn("C1", "alex", "link acme");
    }

    @Test
    void a_customer_message_handled_twice_is_one_touch_and_one_gesture() {
        h.post("C1", "dana", true, "Thanks so much for the quick fix!", "1700000000.000100", null);
        h.clock.advance(Duration.ofSeconds(30));
        h.post("C1", "dana", true, "Thanks so much for the quick fix!", "1700000000.000100", null);

        assertEquals(1, h.store.touches(h.workspace, "c1", 10).size());
        assertEquals(1, h.store.stats(h.workspace, "c1").gesturesIn());
        assertEquals(1, h.active(ReciprocateRule.ID).size());
    }

    @Test
    void a_teammate_promise_handled_twice_is_one_promise_and_the_second_run_says_nothing() {
        Reply first = h.post("C1", "alex", false, "I'll send you the revised quote by Friday", "1700000000.000200",
                null);
        Reply again = h.post("C1", "alex", false, "I'll send you the revised quote by Friday", "1700000000.000200",
                null);

        assertTrue(!first.isEmpty(), "the author is told about the promise once");
        assertTrue(again.isEmpty(), "and not a second time: " + again);
        assertEquals(1, h.store.commitments(h.workspace, "c1").size());
        assertEquals(1, h.store.touches(h.workspace, "c1", 10).size());
    }

    @Test
    void the_same_message_id_in_another_channel_is_another_message() {
        h.say("alex", "add Globex tier key");
        h.sayIn("C2", "alex", "link globex");
        h.post("C1", "dana", true, "Thanks!", "1700000000.000300", null);
        h.post("C2", "erin", true, "Thanks!", "1700000000.000300", null);
        h.post("C1", "dana", true, "Thanks again!", "1700000000.000400", null);

        String globex = h.store.customerByChannel(h.workspace, "C2").orElseThrow().id();
        assertEquals(2, h.store.touches(h.workspace, "c1", 10).size());
        assertEquals(1, h.store.touches(h.workspace, globex, 10).size());
    }
}
