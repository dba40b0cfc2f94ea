package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.message.Action;
import io.rapport.core.message.Card;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Commitment;
import io.rapport.core.rule.PromiseRule;
import io.rapport.core.testing.EngineHarness;
import io.rapport.core.testing.RecordingMessenger.Sent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Promises: a reminder 24 hours before the due time and one at it; open after it counts as broken. */
class PromiseScenarioTest extends Scenario {

    @BeforeEach
    void setUp() {
        h = new EngineHarness(new PromiseRule());
        h.say("alex", "add Acme tier key"); // Monday 2 March 10:00
        h.sayIn("C1", "alex", "link acme");
    }

    private Commitment promise() {
        return h.store.commitments(h.workspace, "c1").get(0);
    }

    @Test
    void a_promise_is_reminded_a_day_before_and_at_its_due_time_then_counts_as_broken() {
        h.say("alex", "promise acme send the SOC2 report by Friday"); // due Friday 6 March 17:00
        String id = promise().id();
        at("2026-03-05T16:59:00Z");
        nothingArrives();
        at("2026-03-05T17:00:00Z");
        Sent before = one();
        assertNudge(before, "alex", "Promise due soon: Acme", "Your promise to Acme is due in 1 day: send the SOC2 "
                + "report.\nIntegrity: keep every promise; one kept late counts as broken.\n"
                + "Deliver it before Fri 6 Mar "
                + "17:00, then press Done (or type done " + id + ").");
        assertEquals(TASK, buttons(before.card()));
        at("2026-03-06T17:00:00Z");
        assertNudge(one(), "alex", "Promise due now: Acme", "Your promise to Acme is due now: send the SOC2 report.");
        at("2026-03-07T12:00:00Z");
        nothingArrives();
        assertTrue(h.say("alex", "health acme").text().contains("0 of 1 promises kept on time"));
        assertTrue(h.say("alex", "mine").text().contains("(overdue)"));
    }

    @Test
    void keeping_it_before_the_reminders_clears_them_and_counts_as_kept() {
        h.say("alex", "promise acme send the SOC2 report by Friday");
        advance(Duration.ofDays(1));
        assertTrue(h.say("alex", "done " + promise().id()).text().contains("kept"));
        assertTrue(h.active(PromiseRule.ID).isEmpty());
        at("2026-03-09T10:00:00Z");
        nothingArrives();
        assertTrue(h.say("alex", "health acme").text().contains("1 of 1 promises kept on time"));
    }

    @Test
    void done_on_the_reminder_keeps_the_promise_and_ends_the_other_reminder() {
        h.say("alex", "promise acme send the SOC2 report by Friday");
        at("2026-03-05T17:00:00Z");
        Reply done = h.press("alex", "done", nudgeId(one().card()));
        assertTrue(done.cards().get(0).context().contains("kept"), done.cards().get(0).context());
        assertEquals(Commitment.Status.KEPT, promise().status());
        at("2026-03-06T17:00:00Z");
        nothingArrives();
    }

    @Test
    void a_snoozed_reminder_comes_back_once() {
        h.say("alex", "promise acme send the SOC2 report by Friday");
        at("2026-03-06T17:00:00Z");
        List<Sent> due = arrived();
        Sent atDue = due.get(due.size() - 1);
        h.press("alex", "snooze", value(atDue.card(), "Snooze 1h"));
        at("2026-03-06T17:30:00Z");
        nothingArrives();
        at("2026-03-09T09:00:00Z"); // 18:00 is after hours: it waits for Monday morning
        assertEquals(nudgeId(atDue.card()) + "#2", one().key());
        advance(Duration.ofDays(2));
        nothingArrives();
    }

    @Test
    void handing_a_promise_to_a_teammate_moves_its_reminders() {
        h.say("alex", "promise acme send the SOC2 report by Friday");
        h.say("alex", "reassign " + promise().id() + " @sam");
        at("2026-03-05T17:00:00Z");
        assertNudge(one(), "sam", "Promise due soon: Acme", "Your promise to Acme is due in 1 day");
    }

    @Test
    void a_promise_due_within_a_day_gets_only_the_reminder_at_its_due_time() {
        h.say("alex", "promise acme call Dana back by 3pm");
        assertEquals(1, h.active(PromiseRule.ID).size());
        at("2026-03-02T15:00:00Z");
        assertNudge(one(), "alex", "Promise due now: Acme", "Your promise to Acme is due now: call Dana back.");
    }

    @Test
    void a_teammates_commitment_in_the_channel_is_recorded_and_undone_with_one_button() {
        Reply noted = h.post("C1", "sam", false, "I'll send the SOC2 report by Friday", "m7", null);
        Card card = noted.cards().get(0);
        assertEquals("Promise noted: Acme", card.title());
        Commitment p = promise();
        assertEquals("sam", p.owner().id());
        assertEquals(java.time.Instant.parse("2026-03-06T17:00:00Z"), p.due());
        Action notAPromise = card.actions().get(0);
        assertEquals("Not a promise", notAPromise.label());

        h.press("sam", notAPromise.id(), notAPromise.value());

        assertEquals(Commitment.Status.CANCELLED, promise().status());
        assertTrue(h.active(PromiseRule.ID).isEmpty());
        assertTrue(h.store.correction(h.workspace, "c1", "C1/m7").isPresent());
        h.post("C1", "sam", false, "I'll send the SOC2 report by Friday", "m7", null);
        assertEquals(1, h.store.commitments(h.workspace, "c1").size(), "the corrected message is not read again");
        at("2026-03-06T17:00:00Z");
        nothingArrives();
    }

    @Test
    void the_reminder_of_a_detected_promise_offers_the_correction_too() {
        h.post("C1", "sam", false, "We'll have the fix deployed by Wednesday", "m8", null);
        at("2026-03-03T17:00:00Z");
        Sent before = one();
        assertTrue(buttons(before.card()).contains("Not a promise"));
        h.press("sam", "correct", value(before.card(), "Not a promise"));
        assertFalse(promise().isOpen());
        at("2026-03-04T17:00:00Z");
        nothingArrives();
    }
}
