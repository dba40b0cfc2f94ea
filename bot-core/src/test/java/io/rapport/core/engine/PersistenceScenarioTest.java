package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.rule.PersistenceRule;
import io.rapport.core.testing.EngineHarness;
import io.rapport.core.testing.RecordingMessenger.Sent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Persistence: an unanswered outreach is followed up at +1d, +3d and +7d until the customer answers. */
class PersistenceScenarioTest extends Scenario {

    @BeforeEach
    void setUp() {
        h = new EngineHarness(new PersistenceRule());
        h.say("alex", "add Acme tier key"); // Monday 2 March 10:00
        h.sayIn("C1", "alex", "link acme");
    }

    @Test
    void an_unanswered_email_is_followed_up_three_times_each_replacing_the_last() {
        var logged = h.say("alex", "log acme email unanswered sent the renewal quote");
        assertTrue(logged.text().contains("Rapport will remind you to follow up until they answer."));
        assertTrue(h.store.touches(h.workspace, "c1", 1).get(0).unanswered());
        advance(Duration.ofDays(1).minusMinutes(1));
        nothingArrives();
        advance(Duration.ofMinutes(1));
        Sent first = one();
        assertNudge(first, "alex", "Follow up: Acme (1 of 3)", "Your email to Acme 1 day ago is still unanswered: "
                + "sent the renewal quote.\n"
                + "Never give up first: wait one more day, go back once more, call once more.\n"
                + "Send a short, friendly follow-up that makes it easy to answer.");
        List<String> expected = new ArrayList<>(TASK);
        expected.add("Log their reply");
        assertEquals(expected, buttons(first.card()));
        at("2026-03-05T10:00:00Z");
        assertNudge(one(), "alex", "Follow up: Acme (2 of 3)", "Your email to Acme 3 days ago is still unanswered");
        assertEquals(List.of("2", "3"), h.active(PersistenceRule.ID).stream().map(n -> n.get("stage")).toList(),
                "the second replaced the first, and the third is planned");
        at("2026-03-09T10:00:00Z");
        assertNudge(one(), "alex", "Follow up: Acme (3 of 3)", "Your email to Acme 7 days ago is still unanswered");
        at("2026-03-31T10:00:00Z");
        nothingArrives();
    }

    @Test
    void any_inbound_touch_ends_the_follow_ups() {
        h.say("alex", "log acme email unanswered sent the quote");
        advance(Duration.ofDays(1));
        one();
        h.post("C1", "dana", true, "Sorry for the delay, looking at it today");
        assertTrue(h.active(PersistenceRule.ID).isEmpty());
        at("2026-03-10T10:00:00Z");
        nothingArrives();
    }

    @Test
    void done_on_one_follow_up_does_not_stop_the_next() {
        h.say("alex", "log acme call unanswered left a voicemail");
        advance(Duration.ofDays(1));
        h.press("alex", "done", nudgeId(one().card()));
        at("2026-03-05T10:00:00Z");
        assertNudge(one(), "alex", "Follow up: Acme (2 of 3)", "Your call to Acme 3 days ago is still unanswered: "
                + "left a voicemail.");
    }

    @Test
    void log_their_reply_records_an_inbound_message_and_ends_the_chain() {
        h.say("alex", "log acme email unanswered");
        advance(Duration.ofDays(1));
        h.press("alex", "log_reply", nudgeId(one().card()));
        var touch = h.store.touches(h.workspace, "c1", 1).get(0);
        assertEquals("message in", touch.kind().id() + " " + touch.direction().id());
        at("2026-03-10T10:00:00Z");
        nothingArrives();
    }

    @Test
    void a_newer_unanswered_outreach_starts_afresh_in_place_of_the_old_chain() {
        h.say("alex", "log acme email unanswered first try");
        advance(Duration.ofDays(1));
        one();
        h.say("alex", "log acme call unanswered second try");
        assertEquals(1, h.active(PersistenceRule.ID).size());
        advance(Duration.ofDays(1));
        assertNudge(one(), "alex", "Follow up: Acme (1 of 3)", "Your call to Acme 1 day ago is still unanswered: "
                + "second try.");
    }

    @Test
    void a_snoozed_follow_up_comes_back_once_and_the_next_still_comes_on_time() {
        h.say("alex", "log acme email unanswered");
        advance(Duration.ofDays(1));
        Sent first = one();
        h.press("alex", "snooze", value(first.card(), "Snooze 1h"));
        advance(Duration.ofHours(1));
        assertEquals(nudgeId(first.card()) + "#2", one().key());
        at("2026-03-05T10:00:00Z");
        assertNudge(one(), "alex", "Follow up: Acme (2 of 3)", "Your email to Acme 3 days ago");
        at("2026-03-05T12:00:00Z");
        nothingArrives();
    }

    @Test
    void unanswered_goes_only_with_an_outreach_of_ours() {
        assertTrue(h.say("alex", "log acme email in unanswered").text().contains("it goes with out"));
        assertTrue(h.store.touches(h.workspace, "c1", 5).isEmpty());
        h.say("alex", "log acme email sent the quote");
        assertTrue(h.active(PersistenceRule.ID).isEmpty(), "an outreach not marked unanswered is not followed up");
    }
}
