package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.rule.AttentionRule;
import io.rapport.core.testing.EngineHarness;
import io.rapport.core.testing.RecordingMessenger.Sent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Attention: a waiting customer, counted in business hours (Mon-Fri 09:00-17:00 UTC by default). */
class AttentionScenarioTest extends Scenario {

    @BeforeEach
    void setUp() {
        h = new EngineHarness(new AttentionRule());
        h.say("alex", "add Acme tier key");
        h.sayIn("C1", "alex", "link acme");
        h.sayIn("C-team", "alex", "link team");
    }

    @Test
    void a_waiting_customer_nudges_the_owner_at_the_limit_and_the_team_channel_at_twice_the_limit() {
        h.post("C1", "dana", true, "Can you check why the export is empty?", "m1", null);
        advance(Duration.ofMinutes(59));
        nothingArrives();
        advance(Duration.ofMinutes(1));
        Sent owner = one();
        assertNudge(owner, "alex", "Waiting: Acme", "Dana at Acme has been waiting 1 hour.\n"
                + "Undivided attention: no customer should wait unheard.\n"
                + "Reply in the channel now, even if only to say you are on it and when they will hear more.");
        List<String> expected = new ArrayList<>(TASK);
        expected.add("Log reply");
        assertEquals(expected, buttons(owner.card()));
        advance(Duration.ofMinutes(59));
        nothingArrives();
        advance(Duration.ofMinutes(1));
        Sent team = one();
        assertNudge(team, "#C-team", "Escalation: Acme is waiting",
                "Dana at Acme has been waiting 2 hours of business hours with no reply (owner: Alex).");
        assertEquals(List.of("Done", "Reassign", "Log reply"), buttons(team.card()));
        advance(Duration.ofDays(3));
        nothingArrives();
    }

    @Test
    void the_timer_stops_at_the_end_of_the_working_day_and_goes_on_the_next_morning() {
        at("2026-03-06T16:30:00Z"); // a Friday
        h.post("C1", "dana", true, "Is the invoice ready?");
        at("2026-03-09T09:29:00Z"); // Monday
        nothingArrives();
        at("2026-03-09T09:30:00Z");
        assertNudge(one(), "alex", "Waiting: Acme", "Dana at Acme has been waiting 1 hour.");
        at("2026-03-09T10:30:00Z");
        assertNudge(one(), "#C-team", "Escalation: Acme is waiting",
                "Dana at Acme has been waiting 2 hours of business hours");
    }

    @Test
    void a_teammate_reply_in_the_thread_clears_both_nudges() {
        h.post("C1", "dana", true, "Can you check the export?", "m1", null);
        advance(Duration.ofMinutes(30));
        h.post("C1", "sam", false, "Looking now", "m2", "m1");
        assertTrue(h.active(AttentionRule.ID).isEmpty());
        advance(Duration.ofHours(3));
        nothingArrives();
    }

    @Test
    void a_reply_in_another_thread_leaves_a_threaded_question_but_a_top_level_reply_answers_the_channel() {
        h.post("C1", "dana", true, "And the second export?", "m5", "m1");
        h.post("C1", "sam", false, "Unrelated answer", "m6", "m0");
        assertEquals(2, h.active(AttentionRule.ID).size(), "owner nudge and escalation still pending");
        h.post("C1", "sam", false, "Hi Dana, on it", "m7", null);
        assertTrue(h.active(AttentionRule.ID).isEmpty());
    }

    @Test
    void lines_written_in_a_row_at_the_top_level_wait_as_one_conversation() {
        h.post("C1", "dana", true, "Hi team", "m1", null);
        h.post("C1", "dana", true, "The export is empty", "m2", null);
        h.post("C1", "dana", true, "Can you check?", "m3", null);
        assertEquals(2, h.active(AttentionRule.ID).size(), "one owner nudge and one escalation");
        advance(Duration.ofHours(1));
        assertNudge(one(), "alex", "Waiting: Acme", "Dana at Acme has been waiting 1 hour.");
        h.post("C1", "sam", false, "Looking", "m4", "m2");
        assertTrue(h.active(AttentionRule.ID).isEmpty(), "a reply in the thread of any of them answers them");
    }

    @Test
    void more_messages_in_the_same_thread_keep_the_first_timer() {
        h.post("C1", "dana", true, "Can you check the export?", "m1", null);
        advance(Duration.ofMinutes(40));
        h.post("C1", "dana", true, "Any news?", "m2", "m1");
        advance(Duration.ofMinutes(20));
        assertNudge(one(), "alex", "Waiting: Acme", "Dana at Acme has been waiting 1 hour.");
    }

    @Test
    void snoozing_brings_the_owners_nudge_back_once_and_done_settles_the_escalation() {
        h.post("C1", "dana", true, "Can you check the export?");
        advance(Duration.ofHours(1));
        Sent first = one();
        h.press("alex", "snooze", value(first.card(), "Snooze 1h"));
        advance(Duration.ofMinutes(30));
        nothingArrives();
        h.press("alex", "done", nudgeId(first.card()));
        advance(Duration.ofHours(3));
        nothingArrives();
        assertTrue(h.active(AttentionRule.ID).isEmpty());
    }

    @Test
    void a_snoozed_nudge_comes_back_once_beside_the_escalation() {
        h.post("C1", "dana", true, "Can you check the export?");
        advance(Duration.ofHours(1));
        Sent first = one();
        h.press("alex", "snooze", value(first.card(), "Snooze 1h"));
        advance(Duration.ofHours(1));
        List<Sent> both = arrived();
        assertEquals(List.of("#C-team", "alex"), both.stream().map(Sent::to).sorted().toList());
        assertEquals(nudgeId(first.card()) + "#2", both.stream().filter(s -> s.to().equals("alex")).findFirst()
                .orElseThrow().key());
        advance(Duration.ofHours(5));
        nothingArrives();
    }

    @Test
    void log_reply_from_the_nudge_clears_the_escalation_too() {
        h.post("C1", "dana", true, "Can you check the export?");
        advance(Duration.ofHours(1));
        Sent first = one();
        h.press("alex", "log_reply", nudgeId(first.card()));
        assertTrue(h.active(AttentionRule.ID).isEmpty());
        advance(Duration.ofHours(2));
        nothingArrives();
    }

    @Test
    void a_gesture_asks_for_reciprocity_not_an_answer_and_does_not_start_it() {
        h.post("C1", "dana", true, "Thank you so much!");
        assertTrue(h.active(AttentionRule.ID).isEmpty());
    }

    @Test
    void without_a_team_channel_the_escalation_goes_to_the_owner() {
        h = new EngineHarness(new AttentionRule());
        h.say("alex", "add Acme");
        h.sayIn("C1", "alex", "link acme");
        h.post("C1", "dana", true, "Hello?");
        advance(Duration.ofHours(2));
        assertEquals(List.of("Waiting: Acme", "Escalation: Acme is waiting"),
                arrived().stream().map(s -> s.card().title()).toList());
        assertEquals(List.of("alex", "alex"), h.messenger.sent().stream().map(Sent::to).toList());
    }

    @Test
    void messages_in_channels_not_linked_and_logged_messages_start_nothing() {
        h.post("C9", "dana", true, "Anyone?");
        h.say("alex", "log acme message in asked about pricing");
        assertTrue(h.active(AttentionRule.ID).isEmpty());
    }
}
