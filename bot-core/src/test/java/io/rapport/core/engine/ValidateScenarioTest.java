package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.NudgeState;
import io.rapport.core.model.TouchKind;
import io.rapport.core.rule.ValidateRule;
import io.rapport.core.testing.EngineHarness;
import io.rapport.core.testing.RecordingMessenger.Sent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Validate: acknowledge a complaint before solving it; a defensive reply gets a private tone note. */
class ValidateScenarioTest extends Scenario {

    @BeforeEach
    void setUp() {
        h = new EngineHarness(new ValidateRule());
        h.say("alex", "add Acme tier key"); // Monday 2 March 10:00
        h.sayIn("C1", "alex", "link acme");
    }

    @Test
    void a_complaint_in_the_channel_nudges_the_owner_at_once_with_how_to_acknowledge_it() {
        h.post("C1", "dana", true, "This is unacceptable, the export is still broken", "m1", null);
        Sent sent = one();
        assertNudge(sent, "alex", "Acknowledge first: Acme", "Dana at Acme raised a complaint just now: "
                + "\u201cThis is unacceptable, the export is still broken\u201d\n"
                + "The customer feels heard first: acknowledge and empathise before solving.\n"
                + "Reply before you fix: thank them for telling you, say the problem back in their words, say sorry "
                + "for the impact, then say what happens next and by when. Avoid \"as I said\" and \"actually\".");
        List<String> expected = new ArrayList<>(TASK);
        expected.addAll(List.of("Log reply", "Not a complaint"));
        assertEquals(expected, buttons(sent.card()));
    }

    @Test
    void a_validating_reply_clears_it_and_a_defensive_one_gets_a_tone_note_instead() {
        h.post("C1", "dana", true, "This is unacceptable, the export is still broken", "m1", null);
        String complaint = nudgeId(one().card());
        advance(Duration.ofMinutes(5));
        h.post("C1", "sam", false, "As I already explained, exports run nightly", "m2", "m1");
        Sent tone = one();
        assertNudge(tone, "sam", "Tone check: your reply to Acme", "Your reply to Acme may read as defensive "
                + "(\u201cas i already explained\u201d).\n"
                + "The customer feels heard first: acknowledge and empathise before solving.\n"
                + "Follow up with an acknowledgement before the facts:");
        assertTrue(buttons(tone.card()).contains("Not defensive"));
        assertTrue(h.store.nudge(h.workspace, complaint).orElseThrow().state().isActive(), "still unacknowledged");
        h.post("C1", "sam", false, "Sorry Dana, you're right to chase this. I'm on it now.", "m3", "m1");
        assertEquals(NudgeState.CANCELLED, h.store.nudge(h.workspace, complaint).orElseThrow().state());
        advance(Duration.ofDays(2));
        nothingArrives();
    }

    @Test
    void not_a_complaint_undoes_its_effect_and_the_message_is_never_counted_again() {
        h.post("C1", "dana", true, "I'm so frustrated with myself, I lost the link", "m1", null);
        Sent sent = one();
        assertTrue(h.say("alex", "health acme").text().contains("1 complaints in the last 30 days"));

        h.press("alex", "correct", value(sent.card(), "Not a complaint"));

        assertEquals(TouchKind.MESSAGE, h.store.touches(h.workspace, "c1", 1).get(0).kind());
        assertTrue(h.active(ValidateRule.ID).isEmpty());
        assertTrue(h.say("alex", "health acme").text().contains("0 complaints in the last 30 days"));
        assertEquals("complaint", h.store.correction(h.workspace, "c1", "C1/m1").orElseThrow().detected());
        h.post("C1", "dana", true, "I'm so frustrated with myself, I lost the link", "m1", null);
        assertEquals(1, h.store.stats(h.workspace, "c1").touches(), "a redelivered corrected message is ignored");
        nothingArrives();
    }

    @Test
    void not_defensive_keeps_the_correction_and_ends_the_tone_note() {
        h.post("C1", "sam", false, "As I said, the release is on Friday", "m2", null);
        Sent tone = one();
        h.press("sam", "correct", value(tone.card(), "Not defensive"));
        assertTrue(h.active(ValidateRule.ID).isEmpty());
        assertEquals("not defensive", h.store.correction(h.workspace, "c1", "C1/m2").orElseThrow().corrected());
    }

    @Test
    void a_logged_complaint_can_be_acknowledged_with_log_reply_or_done() {
        h.say("alex", "log acme complaint slow support last week");
        Sent sent = one();
        assertEquals(List.of("Done", "Snooze 1h", "Snooze 1d", "Snooze 1w", "Reassign", "Log reply"),
                buttons(sent.card()), "nothing was detected, so nothing to correct");
        h.press("alex", "log_reply", nudgeId(sent.card()));
        assertTrue(h.active(ValidateRule.ID).isEmpty());
        h.say("alex", "log acme complaint still slow");
        h.press("alex", "done", nudgeId(one().card()));
        assertTrue(h.active(ValidateRule.ID).isEmpty());
    }

    @Test
    void an_outreach_still_awaiting_an_answer_is_not_a_validating_reply() {
        h.say("alex", "log acme complaint the export failed");
        String complaint = nudgeId(one().card());
        h.say("alex", "log acme email unanswered sent the renewal quote");
        assertTrue(h.store.nudge(h.workspace, complaint).orElseThrow().state().isActive());
        h.say("alex", "log acme call apologised and explained the fix");
        assertEquals(NudgeState.CANCELLED, h.store.nudge(h.workspace, complaint).orElseThrow().state());
    }

    @Test
    void a_snoozed_complaint_nudge_comes_back_once() {
        h.say("alex", "log acme complaint slow support");
        Sent sent = one();
        h.press("alex", "snooze", value(sent.card(), "Snooze 1h"));
        h.say("alex", "log acme complaint and again");
        advance(Duration.ofHours(1));
        assertEquals(nudgeId(sent.card()) + "#2", one().key(), "a second complaint while one is open adds none");
        advance(Duration.ofHours(3));
        nothingArrives();
    }
}
