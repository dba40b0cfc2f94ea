package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.rule.FaceTimeRule;
import io.rapport.core.testing.EngineHarness;
import io.rapport.core.testing.RecordingMessenger.Sent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Face time: 30 days for key customers, 90 standard, 180 light, from the last meeting or video call. */
class FaceTimeScenarioTest extends Scenario {

    @BeforeEach
    void setUp() {
        h = new EngineHarness(new FaceTimeRule());
        h.say("alex", "add Acme tier key"); // Monday 2 March 10:00
    }

    @Test
    void a_key_customer_with_no_meeting_for_thirty_days_nudges_the_owner() {
        advance(Duration.ofDays(30).minusMinutes(1));
        nothingArrives();
        advance(Duration.ofMinutes(1));
        Sent sent = one();
        assertNudge(sent, "alex", "Face time: Acme", "No face-to-face with Acme since they were added 30 days ago.\n"
                + "Prioritize face-time: a meeting or a video call builds what messages cannot.\n"
                + "Propose a visit or a video call.");
        List<String> expected = new ArrayList<>(TASK);
        expected.add("Log meeting");
        assertEquals(expected, buttons(sent.card()));
        advance(Duration.ofDays(20));
        nothingArrives();
    }

    @Test
    void a_meeting_or_a_video_call_restarts_the_cadence_and_a_call_does_not() {
        advance(Duration.ofDays(7));
        h.say("alex", "log acme meeting quarterly review");
        advance(Duration.ofDays(1));
        h.say("alex", "log acme call");
        at("2026-04-08T09:59:00Z");
        nothingArrives();
        at("2026-04-08T10:00:00Z");
        assertNudge(one(), "alex", "Face time: Acme", "No face-to-face with Acme for 30 days.");
        h.say("alex", "log acme video");
        assertTrue(h.active(FaceTimeRule.ID).get(0).dueAt().equals(h.clock.instant().plus(Duration.ofDays(30))),
                "the delivered nudge gave way to the next cadence");
        assertEquals(1, h.active(FaceTimeRule.ID).size());
    }

    @Test
    void log_meeting_from_the_nudge_records_it_and_plans_the_next() {
        advance(Duration.ofDays(30));
        String id = nudgeId(one().card());
        h.press("alex", "log_reply", id);
        assertEquals("meeting", h.store.touches(h.workspace, "c1", 1).get(0).kind().id());
        assertEquals(h.clock.instant().plus(Duration.ofDays(30)), h.active(FaceTimeRule.ID).get(0).dueAt());
    }

    @Test
    void done_without_a_meeting_asks_again_one_cadence_later() {
        advance(Duration.ofDays(30));
        h.press("alex", "done", nudgeId(one().card()));
        advance(Duration.ofDays(30).minusMinutes(1));
        nothingArrives();
        advance(Duration.ofMinutes(1));
        assertNudge(one(), "alex", "Face time: Acme", "No face-to-face with Acme since they were added 60 days ago.");
    }

    @Test
    void snooze_brings_it_back_once() {
        advance(Duration.ofDays(30));
        Sent sent = one();
        h.press("alex", "snooze", value(sent.card(), "Snooze 1d"));
        advance(Duration.ofDays(1));
        Sent again = one();
        assertEquals(nudgeId(sent.card()) + "#2", again.key());
        advance(Duration.ofDays(10));
        nothingArrives();
    }

    @Test
    void standard_and_light_customers_have_longer_cadences() {
        h.say("alex", "add Globex");
        h.say("alex", "add Initech tier light");
        assertEquals(List.of(h.clock.instant().plus(Duration.ofDays(30)), h.clock.instant().plus(Duration.ofDays(90)),
                h.clock.instant().plus(Duration.ofDays(180))),
                h.active(FaceTimeRule.ID).stream().map(n -> n.dueAt()).toList());
    }
}
