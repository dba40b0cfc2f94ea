package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rapport.core.rule.FeedbackRule;
import io.rapport.core.rule.ValidateRule;
import io.rapport.core.testing.EngineHarness;
import io.rapport.core.testing.RecordingMessenger.Sent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feedback: every 10 touches or 60 days, and 3 days after a complaint was dealt with. */
class FeedbackScenarioTest extends Scenario {

    @BeforeEach
    void setUp() {
        h = new EngineHarness(new FeedbackRule());
        h.say("alex", "add Acme tier key"); // Monday 2 March 10:00
    }

    @Test
    void sixty_days_without_feedback_ask_for_it() {
        at("2026-05-01T09:59:00Z");
        nothingArrives();
        at("2026-05-01T10:00:00Z");
        Sent sent = one();
        assertNudge(sent, "alex", "Ask Acme how you are doing", "60 days since Acme last told you how you are doing.\n"
                + "Ask \"how am I doing?\": customers who are asked feel listened to, and you hear it before they "
                + "leave.\nAsk them: \"On a scale of 1 to 5, how are we doing for you, and what one thing should we "
                + "do better?\" "
                + "Then record it: feedback acme <1-5> <what they said>.");
        List<String> expected = new ArrayList<>(TASK);
        expected.add("Log feedback");
        assertEquals(expected, buttons(sent.card()));
    }

    @Test
    void the_tenth_touch_since_the_last_feedback_asks_at_once() {
        for (int i = 1; i <= 9; i++) {
            h.say("alex", "log acme call");
            advance(Duration.ofMinutes(20));
        }
        nothingArrives();
        h.say("alex", "log acme email");
        assertNudge(one(), "alex", "Ask Acme how you are doing",
                "10 touches with Acme since they last told you how you are doing.");
    }

    @Test
    void recorded_feedback_starts_the_count_and_the_clock_again() {
        advance(Duration.ofDays(30));
        for (int i = 0; i < 8; i++) {
            h.say("alex", "log acme call");
        }
        h.say("alex", "feedback acme 4 happy with support");
        for (int i = 0; i < 8; i++) {
            h.say("alex", "log acme call");
        }
        at("2026-05-01T10:00:00Z");
        nothingArrives();
        at("2026-05-31T10:00:00Z"); // a Sunday: it waits for Monday
        nothingArrives();
        at("2026-06-01T09:00:00Z");
        assertNudge(one(), "alex", "Ask Acme how you are doing", "60 days since Acme last told you how you are doing.");
    }

    @Test
    void log_feedback_from_the_nudge_records_it_and_done_asks_again_sixty_days_later() {
        at("2026-05-01T10:00:00Z");
        Sent sent = one();
        h.press("alex", "log_reply", nudgeId(sent.card()));
        assertEquals("feedback in", h.store.touches(h.workspace, "c1", 1).get(0).kind().id() + " in");
        assertEquals(h.clock.instant().plus(Duration.ofDays(60)), h.active(FeedbackRule.ID).get(0).dueAt());
        at("2026-06-30T10:00:00Z");
        h.press("alex", "done", nudgeId(one().card()));
        assertEquals(h.clock.instant().plus(Duration.ofDays(60)), h.active(FeedbackRule.ID).get(0).dueAt());
    }

    @Test
    void three_days_after_a_complaint_is_dealt_with_it_asks_how_they_feel_now() {
        h = new EngineHarness(new FeedbackRule(), new ValidateRule());
        h.say("alex", "add Acme tier key");
        h.say("alex", "log acme complaint the export failed twice");
        Sent validate = one();
        assertEquals("Acknowledge first: Acme", validate.card().title());
        advance(Duration.ofHours(2));
        h.press("alex", "done", nudgeId(validate.card()));
        advance(Duration.ofDays(3).minusMinutes(1));
        nothingArrives();
        advance(Duration.ofMinutes(1));
        assertNudge(one(), "alex", "Ask Acme how you are doing", "Acme's complaint was dealt with 3 days ago.");
    }

    @Test
    void a_validating_reply_counts_as_dealing_with_the_complaint() {
        h = new EngineHarness(new FeedbackRule(), new ValidateRule());
        h.say("alex", "add Acme tier key");
        h.sayIn("C1", "alex", "link acme");
        h.post("C1", "dana", true, "This is unacceptable, the export failed again");
        one();
        h.post("C1", "sam", false, "You're right, I'm sorry. Fixing it now and will update you by 3pm");
        advance(Duration.ofDays(3));
        assertNudge(one(), "alex", "Ask Acme how you are doing", "Acme's complaint was dealt with 3 days ago.");
    }
}
