package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.message.Reply;
import io.rapport.core.model.TouchKind;
import io.rapport.core.rule.ReciprocateRule;
import io.rapport.core.testing.EngineHarness;
import io.rapport.core.testing.RecordingMessenger.Sent;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Not a thanks": one button undoes a wrong detection, and the same message is never counted again. */
class CorrectionScenarioTest extends Scenario {

    @BeforeEach
    void setUp() {
        h = new EngineHarness(new ReciprocateRule());
        h.say("alex", "add Acme tier key");
        h.sayIn("C1", "alex", "link acme");
    }

    @Test
    void not_a_thanks_removes_the_gesture_and_remembers_the_message() {
        h.post("C1", "dana", true, "Thanks but no thanks, we will pass on the upgrade", "m1", null);
        advance(Duration.ofDays(2));
        Sent sent = one();
        assertTrue(buttons(sent.card()).contains("Not a thanks"));
        assertEquals(1, h.store.stats(h.workspace, "c1").gesturesIn());

        Reply reply = h.press("alex", "correct", value(sent.card(), "Not a thanks"));

        assertTrue(reply.replaceOriginal());
        assertTrue(reply.text().startsWith("Corrected: Rapport no longer counts this message as thanks"));
        assertEquals(0, h.store.stats(h.workspace, "c1").gesturesIn());
        assertEquals(TouchKind.MESSAGE, h.store.touches(h.workspace, "c1", 1).get(0).kind());
        assertTrue(h.active(ReciprocateRule.ID).isEmpty());
        assertEquals("alex", h.store.correction(h.workspace, "c1", "C1/m1").orElseThrow().by().id());

        h.post("C1", "dana", true, "Thanks but no thanks, we will pass on the upgrade", "m1", null);
        assertEquals(0, h.store.stats(h.workspace, "c1").gesturesIn(), "a redelivery is not counted again");
        assertTrue(h.active(ReciprocateRule.ID).isEmpty());
        assertTrue(h.press("alex", "correct", value(sent.card(), "Not a thanks")).text()
                .startsWith("Already corrected by Alex"));
    }

    @Test
    void a_logged_gesture_has_nothing_to_correct() {
        h.say("alex", "log acme thanks");
        advance(Duration.ofDays(2));
        Sent sent = one();
        assertTrue(buttons(sent.card()).stream().noneMatch(b -> b.startsWith("Not ")));
        assertTrue(h.press("alex", "correct", nudgeId(sent.card())).text().contains("was not started by a detection"));
    }
}
