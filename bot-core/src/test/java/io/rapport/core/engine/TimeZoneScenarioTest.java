package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.event.Actor;
import io.rapport.core.rule.KudosRule;
import io.rapport.core.rule.PromiseRule;
import io.rapport.core.rule.ReciprocateRule;
import io.rapport.core.testing.EngineHarness;
import io.rapport.core.testing.RecordingMessenger.Sent;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A teammate's own zone decides when their private nudges arrive: within their working hours. */
class TimeZoneScenarioTest extends Scenario {
    private static final Actor SAM_IN_TOKYO = EngineHarness.actor("sam", ZoneId.of("Asia/Tokyo"));

    @BeforeEach
    void setUp() {
        h = new EngineHarness(new ReciprocateRule(), new PromiseRule(), new KudosRule());
        h.say(SAM_IN_TOKYO, "add Acme tier key"); // Monday 2 March 10:00 UTC, 19:00 in Tokyo
    }

    @Test
    void a_nudge_due_in_the_evening_for_them_waits_for_their_morning() {
        h.say(SAM_IN_TOKYO, "log acme thanks for the intro");
        at("2026-03-04T10:00:00Z"); // two days later: 19:00 in Tokyo
        nothingArrives();
        assertTrue(h.say(SAM_IN_TOKYO, "mine").text().contains("Scheduled for Thu 5 Mar 09:00"));
        at("2026-03-04T23:59:00Z");
        nothingArrives();
        at("2026-03-05T00:00:00Z"); // 09:00 in Tokyo
        Sent sent = one();
        assertEquals("sam", sent.to());
        assertEquals("Reciprocate: Acme", sent.card().title());
    }

    @Test
    void the_same_nudge_for_a_teammate_in_the_team_zone_arrives_on_time() {
        h.say("alex", "add Globex tier key");
        h.say("alex", "log globex thanks");
        at("2026-03-04T10:00:00Z");
        assertEquals("alex", one().to());
    }

    @Test
    void a_zone_that_changes_is_learned_from_the_next_event() {
        h.say(EngineHarness.actor("sam", ZoneId.of("Europe/London")), "log acme thanks");
        at("2026-03-04T10:00:00Z"); // 10:00 in London
        assertEquals("sam", one().to());
    }

    @Test
    void times_in_a_nudge_are_shown_in_the_readers_zone() {
        h.say(SAM_IN_TOKYO, "promise acme send the SOC2 report by Friday"); // 17:00 Friday in Tokyo
        assertEquals(java.time.Instant.parse("2026-03-06T08:00:00Z"),
                h.store.commitments(h.workspace, "c1").get(0).due());
        at("2026-03-05T08:00:00Z");
        Sent sent = one();
        assertTrue(sent.card().body().contains("Deliver it before Fri 6 Mar 17:00"), sent.card().body());
        assertEquals(2, h.active(PromiseRule.ID).size(), "the reminder delivered and the one at the due time");
    }

    @Test
    void team_posts_are_not_held_for_anyones_morning() {
        h.sayIn("C-team", "alex", "link team");
        at("2026-03-07T23:00:00Z"); // Saturday night
        h.sayMentioning("alex", "log acme praise @sam thanks for the weekend fix",
                new io.rapport.core.model.Person("sam", "Sam"));
        assertEquals("#C-team", one().to());
    }
}
