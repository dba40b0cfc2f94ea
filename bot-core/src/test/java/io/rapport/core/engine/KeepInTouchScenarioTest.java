package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rapport.core.rule.KeepInTouchRule;
import io.rapport.core.testing.EngineHarness;
import io.rapport.core.testing.RecordingMessenger.Sent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keep in touch: 14 days for key customers without any touch. */
class KeepInTouchScenarioTest extends Scenario {

    @BeforeEach
    void setUp() {
        h = new EngineHarness(new KeepInTouchRule());
        h.say("alex", "add Acme tier key"); // Monday 2 March 10:00
        h.sayIn("C1", "alex", "link acme");
    }

    @Test
    void fourteen_quiet_days_nudge_the_owner() {
        advance(Duration.ofDays(14).minusMinutes(1));
        nothingArrives();
        advance(Duration.ofMinutes(1));
        Sent sent = one();
        assertNudge(sent, "alex", "Keep in touch: Acme",
                "Nobody has talked to Acme since they were added 14 days ago.\n"
                + "Social capital decays without care: a short check-in keeps the relationship warm.\n"
                + "Send a note that is about them: their news, something useful to them, or a simple question.");
        List<String> expected = new ArrayList<>(TASK);
        expected.add("Log touch");
        assertEquals(expected, buttons(sent.card()));
    }

    @Test
    void any_touch_moves_the_one_nudge_later() {
        advance(Duration.ofDays(3));
        h.post("C1", "dana", true, "Quick question about SSO");
        advance(Duration.ofDays(1));
        h.say("sam", "log acme email");
        assertEquals(1, h.active(KeepInTouchRule.ID).size());
        at("2026-03-20T09:59:00Z");
        nothingArrives();
        at("2026-03-20T10:00:00Z");
        assertNudge(one(), "alex", "Keep in touch: Acme", "It's been 14 days since anyone talked to Acme.");
    }

    @Test
    void a_nudge_due_on_a_weekend_waits_for_monday_morning() {
        at("2026-03-05T10:00:00Z"); // Thursday
        h.say("alex", "log acme call");
        at("2026-03-07T10:00:00Z");
        at("2026-03-21T10:00:00Z"); // 14 days later: a Saturday
        nothingArrives();
        at("2026-03-23T08:59:00Z");
        nothingArrives();
        at("2026-03-23T09:00:00Z");
        assertNudge(one(), "alex", "Keep in touch: Acme", "It's been 17 days since anyone talked to Acme.");
    }

    @Test
    void done_asks_again_one_cadence_later_and_log_touch_restarts_it() {
        advance(Duration.ofDays(14));
        h.press("alex", "done", nudgeId(one().card()));
        advance(Duration.ofDays(14));
        Sent again = one();
        assertNudge(again, "alex", "Keep in touch: Acme",
                "Nobody has talked to Acme since they were added 28 days ago.");
        h.press("alex", "log_reply", nudgeId(again.card()));
        assertEquals("message", h.store.touches(h.workspace, "c1", 1).get(0).kind().id());
        assertEquals(h.clock.instant().plus(Duration.ofDays(14)), h.active(KeepInTouchRule.ID).get(0).dueAt());
    }

    @Test
    void a_snoozed_nudge_comes_back_once_and_a_touch_meanwhile_replaces_it() {
        advance(Duration.ofDays(14));
        Sent sent = one();
        h.press("alex", "snooze", value(sent.card(), "Snooze 1w"));
        advance(Duration.ofDays(7));
        assertEquals(nudgeId(sent.card()) + "#2", one().key());
        h.press("alex", "snooze", value(sent.card(), "Snooze 1d"));
        h.say("alex", "log acme call");
        advance(Duration.ofDays(2));
        nothingArrives();
        assertEquals(1, h.active(KeepInTouchRule.ID).size());
    }
}
