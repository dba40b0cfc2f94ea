package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.message.Action;
import io.rapport.core.message.Card;
import io.rapport.core.message.Reply;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Person;
import io.rapport.core.port.Messenger;
import io.rapport.core.rule.ReciprocateRule;
import io.rapport.core.testing.EngineHarness;
import io.rapport.core.testing.RecordingMessenger.Sent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reciprocate rule end to end, through days of simulated time. */
class ReciprocateScenarioTest {
    private EngineHarness h;

    @BeforeEach
    void setUp() {
        h = new EngineHarness(new ReciprocateRule());
        h.say("alex", "add Acme tier key");
        h.say("alex", "contact acme @dana");
    }

    private List<Sent> sent() {
        return h.messenger.sent();
    }

    private String nudgeId() {
        return h.active(ReciprocateRule.ID).get(0).id();
    }

    @Test
    void an_inbound_thanks_nudges_the_owner_after_two_days_and_only_once() {
        h.say("alex", "log acme thanks for the intro");
        h.clock.advance(Duration.ofDays(2).minusMinutes(1));
        assertEquals(0, h.tick(), "not before the delay");
        h.clock.advance(Duration.ofMinutes(1));
        assertEquals(1, h.tick());
        assertEquals(0, h.tick(), "a delivered nudge is not delivered again");
        h.clock.advance(Duration.ofDays(10));
        assertEquals(0, h.tick());
        assertEquals(1, sent().size());
        Sent nudge = sent().get(0);
        assertEquals("alex", nudge.to());
        assertEquals("Reciprocate: Acme", nudge.card().title());
        assertTrue(nudge.card().body().startsWith("Acme thanked you 2 days ago."), nudge.card().body());
        assertEquals(List.of("done", "snooze", "snooze", "snooze", "reassign", "log_reply"),
                nudge.card().actions().stream().map(Action::id).toList());
    }

    @Test
    void reciprocating_before_the_delay_clears_the_nudge() {
        h.say("alex", "log acme referral");
        h.clock.advance(Duration.ofDays(1));
        h.say("alex", "log acme thanks out sent a note");
        h.clock.advance(Duration.ofDays(3));
        assertEquals(0, h.tick());
        assertTrue(sent().isEmpty());
        assertTrue(h.active(ReciprocateRule.ID).isEmpty());
    }

    @Test
    void more_gestures_while_one_is_pending_do_not_make_a_second_nudge() {
        h.say("alex", "log acme thanks");
        h.clock.advance(Duration.ofHours(5));
        h.say("alex", "log acme gift");
        h.post("C1", "dana", true, "thanks again!");
        assertEquals(1, h.active(ReciprocateRule.ID).size());
        h.clock.advance(Duration.ofDays(3));
        assertEquals(1, h.tick());
        assertEquals(1, sent().size());
    }

    @Test
    void snooze_brings_it_back_once_after_the_snooze() {
        h.say("alex", "log acme thanks");
        h.clock.advance(Duration.ofDays(2));
        h.tick();
        Card card = sent().get(0).card();
        Action snoozeHour = card.actions().stream().filter(a -> a.label().equals("Snooze 1h")).findFirst()
                .orElseThrow();
        Reply pressed = h.press("alex", "snooze", snoozeHour.value());
        assertTrue(pressed.replaceOriginal());
        assertTrue(pressed.cards().get(0).actions().isEmpty(), "the pressed card loses its buttons");
        assertTrue(pressed.cards().get(0).context().startsWith("Snoozed for 1 hour by Alex"));
        h.clock.advance(Duration.ofMinutes(59));
        assertEquals(0, h.tick());
        h.clock.advance(Duration.ofMinutes(1));
        assertEquals(1, h.tick());
        assertEquals(0, h.tick());
        assertEquals(2, sent().size(), "once before the snooze, once after");
        assertEquals(List.of(nudgeId() + "#1", nudgeId() + "#2"), sent().stream().map(Sent::key).toList());
    }

    @Test
    void done_from_the_button_ends_it_and_says_who() {
        h.say("alex", "log acme praise");
        h.clock.advance(Duration.ofDays(2));
        h.tick();
        String id = nudgeId();
        Reply done = h.press("alex", "done", id);
        assertEquals("Done by Alex", done.cards().get(0).context());
        assertEquals(NudgeState.DONE, h.store.nudge(h.workspace, id).orElseThrow().state());
        assertTrue(h.press("alex", "done", id).text().contains("already done by alex"));
        h.clock.advance(Duration.ofDays(30));
        assertEquals(0, h.tick());
    }

    @Test
    void log_reply_records_the_outbound_gesture_and_clears_the_nudge() {
        h.say("alex", "log acme referral");
        h.clock.advance(Duration.ofDays(2));
        h.tick();
        String id = nudgeId();
        Reply reply = h.press("alex", "log_reply", id);
        assertTrue(reply.cards().get(0).context().contains("Reply logged"));
        assertEquals(1, h.store.stats(h.workspace, "c1").gesturesOut());
        assertFalse(h.store.nudge(h.workspace, id).orElseThrow().state().isActive());
    }

    @Test
    void reassign_sends_an_open_nudge_to_the_new_teammate() {
        h.say("alex", "log acme gift");
        h.clock.advance(Duration.ofDays(2));
        h.tick();
        String id = nudgeId();
        h.press(EngineHarness.actor("alex"), "reassign", id, "sam");
        assertEquals(1, h.tick());
        assertEquals(List.of("alex", "sam"), sent().stream().map(Sent::to).toList());
    }

    @Test
    void a_failed_delivery_is_retried_with_backoff_and_arrives_once() {
        h.say("alex", "log acme thanks");
        h.clock.advance(Duration.ofDays(2));
        h.messenger.failNext(2);
        assertEquals(0, h.tick());
        h.clock.advance(Duration.ofSeconds(9));
        assertEquals(0, h.tick(), "first retry waits the initial backoff (10 s)");
        h.clock.advance(Duration.ofSeconds(1));
        assertEquals(0, h.tick(), "second attempt fails too");
        h.clock.advance(Duration.ofSeconds(19));
        assertEquals(0, h.tick(), "the wait doubles (20 s)");
        h.clock.advance(Duration.ofSeconds(1));
        assertEquals(1, h.tick());
        assertEquals(3, h.messenger.attempts().size());
        assertEquals(1, sent().size());
    }

    @Test
    void a_customer_message_detected_as_thanks_starts_the_timer() {
        h.sayIn("C1", "alex", "link acme");
        h.post("C1", "dana", true, "Thank you so much for the quick fix!");
        h.post("C1", "alex", false, "happy to help");
        assertEquals(1, h.active(ReciprocateRule.ID).size());
        assertEquals(2, h.store.stats(h.workspace, "c1").touches());
        h.post("C2", "dana", true, "thanks!"); // not linked: ignored
        assertEquals(2, h.store.stats(h.workspace, "c1").touches());
    }

    @Test
    void a_snoozed_nudge_that_is_then_done_never_comes_back() {
        h.say("alex", "log acme thanks");
        h.clock.advance(Duration.ofDays(2));
        h.tick();
        String id = nudgeId();
        h.say("alex", "snooze " + id + " 1h");
        h.say("alex", "done " + id);
        h.clock.advance(Duration.ofHours(2));
        assertEquals(0, h.tick());
        assertEquals(1, sent().size());
    }

    @Test
    void a_nudge_whose_rule_was_switched_off_meanwhile_is_dropped_not_delivered() {
        h.say("alex", "log acme thanks");
        String id = nudgeId();
        var off = new EngineHarness(h.store, h.workspace, io.rapport.core.rulebook.RulebookLoader.load(
                new java.io.StringReader("{\"rules\":{\"reciprocate\":{\"enabled\":false}}}"), "off"),
                java.util.List.of(new ReciprocateRule()));
        off.clock.set(h.clock.instant().plus(Duration.ofDays(2)));
        assertEquals(0, off.tick());
        assertEquals(NudgeState.CANCELLED, h.store.nudge(h.workspace, id).orElseThrow().state());
    }

    @Test
    void a_scheduler_that_stops_gives_its_claims_back() {
        h.say("alex", "log acme thanks");
        h.clock.advance(Duration.ofDays(2));
        h.scheduler.stop();
        assertEquals(0, h.scheduler.runOnce(10));
        assertEquals(NudgeState.SCHEDULED, h.store.nudge(h.workspace, nudgeId()).orElseThrow().state());
        var other = new Scheduler(h.store, h.engine, h.messenger, h.clock, Scheduler.Listener.NONE);
        assertEquals(1, other.runOnce(10), "another instance delivers it at once, without waiting for a lease");
    }

    @Test
    void a_scheduler_given_a_lane_leaves_other_workspaces_nudges_to_their_own_scheduler() {
        h.say("alex", "log acme thanks");
        h.clock.advance(Duration.ofDays(2));
        var otherLane = new Scheduler(h.store, h.engine, h.messenger, h.clock, Scheduler.Listener.NONE,
                ws -> !ws.equals(h.workspace));
        assertEquals(0, otherLane.runOnce(10));
        assertEquals(NudgeState.SCHEDULED, h.store.nudge(h.workspace, nudgeId()).orElseThrow().state());
        var ownLane = new Scheduler(h.store, h.engine, h.messenger, h.clock, Scheduler.Listener.NONE,
                ws -> ws.equals(h.workspace));
        assertEquals(1, ownLane.runOnce(10), "its own lane delivers it at once; the other did not lease it");
    }

    @Test
    void a_scheduler_slowed_past_half_its_lease_gives_the_rest_back_so_nothing_is_sent_twice() {
        for (String name : List.of("Beta", "Gamma")) {
            h.say("alex", "add " + name + " tier key");
        }
        for (String name : List.of("acme", "beta", "gamma")) {
            h.say("alex", "log " + name + " thanks");
        }
        h.clock.advance(Duration.ofDays(2));
        Duration lease = h.engine.rulebook().delivery().lease();
        // each send stalls past half the lease, as a storage failover can make it
        Messenger stalling = new Messenger() {
            @Override
            public void sendPrivate(String workspace, Person to, Card card, String key) {
                h.messenger.sendPrivate(workspace, to, card, key);
                h.clock.advance(lease.dividedBy(2).plusSeconds(1));
            }

            @Override
            public void postToTeam(String workspace, String channel, Card card, String key) {
                h.messenger.postToTeam(workspace, channel, card, key);
                h.clock.advance(lease.dividedBy(2).plusSeconds(1));
            }
        };
        var stalled = new Scheduler(h.store, h.engine, stalling, h.clock, Scheduler.Listener.NONE);
        assertEquals(1, stalled.runOnce(10), "after one slow delivery the other claims go back");
        assertEquals(2, h.scheduler.runOnce(10), "another instance delivers them at once");
        h.clock.advance(lease.multipliedBy(2));
        assertEquals(0, stalled.runOnce(10));
        assertEquals(3, sent().stream().map(Sent::key).distinct().count());
        assertEquals(3, sent().size(), "nothing sent twice");
    }
}
