package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.rapport.core.message.Action;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Tier;
import io.rapport.core.testing.EngineHarness;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommandsTest {
    private EngineHarness h;

    @BeforeEach
    void setUp() {
        h = new EngineHarness();
        h.say("alex", "add Acme tier key");
    }

    private static void assertSays(Reply reply, String expected) {
        assertTrue(reply.text().contains(expected), () -> "expected \"" + expected + "\" in:\n" + reply.text());
    }

    @Test
    void add_creates_a_customer_owned_by_whoever_adds_it() {
        var acme = h.store.customers(h.workspace).get(0);
        assertEquals("Acme", acme.name());
        assertEquals(Tier.KEY, acme.tier());
        assertEquals("alex", acme.owner().id());
    }

    @Test
    void add_refuses_a_second_customer_with_the_same_name_in_any_case() {
        assertSays(h.say("sam", "add ACME"), "already a customer called ACME");
        assertEquals(1, h.store.customers(h.workspace).size());
    }

    @Test
    void customers_match_by_unique_prefix_and_case() {
        assertSays(h.say("alex", "show ac"), "Acme");
        h.say("alex", "add Acorn");
        assertSays(h.say("alex", "show ac"), "\"ac\" matches Acme and Acorn");
    }

    @Test
    void an_unknown_customer_gets_a_did_you_mean() {
        assertSays(h.say("alex", "show acne"), "Did you mean Acme?");
    }

    @Test
    void link_works_only_in_a_channel_and_only_for_one_customer() {
        assertSays(h.say("alex", "link acme"), "Run link in the channel");
        assertSays(h.sayIn("C1", "alex", "link acme"), "Linked this channel to Acme");
        h.say("alex", "add Globex");
        assertSays(h.sayIn("C1", "alex", "link globex"), "already linked to Acme");
        assertEquals("Acme", h.store.customerByChannel(h.workspace, "C1").orElseThrow().name());
    }

    @Test
    void link_team_makes_the_channel_the_team_channel() {
        assertSays(h.sayIn("C-team", "alex", "link team"), "This is now the team channel");
        assertEquals("C-team", h.engine.teamChannel(h.workspace).orElseThrow());
        assertTrue(h.store.customerByChannel(h.workspace, "C-team").isEmpty());
    }

    @Test
    void contact_marks_a_customer_person() {
        assertSays(h.say("alex", "contact acme @dana"), "dana is now one of Acme's contacts");
        assertTrue(h.store.customers(h.workspace).get(0).isContact("dana"));
    }

    @Test
    void log_records_a_touch_with_the_kind_default_direction() {
        assertSays(h.say("alex", "log acme call quarterly review"), "out (from the team)");
        assertSays(h.say("alex", "log acme thanks for the intro"), "in (from the customer)");
        var touches = h.store.touches(h.workspace, "c1", 10);
        assertEquals(2, touches.size());
        assertEquals("for the intro", touches.get(0).note());
    }

    @Test
    void promise_records_a_commitment_due_when_said() {
        assertSays(h.say("alex", "promise acme send the SOC2 report by tomorrow"), "Promise recorded: Acme");
        var promise = h.store.commitments(h.workspace, "c1").get(0);
        assertEquals("send the SOC2 report", promise.text());
        assertEquals(java.time.Instant.parse("2026-03-03T17:00:00Z"), promise.due());
    }

    @Test
    void promise_rejects_unreadable_and_past_times() {
        assertSays(h.say("alex", "promise acme call back by someday"), "is not a time I can read");
        assertSays(h.say("alex", "promise acme call back by 2026-03-01"), "already past");
        assertTrue(h.store.commitments(h.workspace, "c1").isEmpty());
    }

    @Test
    void note_date_and_feedback_are_kept_and_shown() {
        h.say("alex", "note acme prefers calls before 10am");
        h.say("alex", "date acme renewal March 31");
        h.say("alex", "feedback acme 4 happy with support");
        Reply show = h.say("sam", "show acme");
        assertSays(show, "prefers calls before 10am");
        assertSays(show, "renewal 2026-03-31");
        assertSays(show, "feedback");
        assertEquals(4, h.store.feedback(h.workspace, "c1").get(0).score());
    }

    @Test
    void date_rejects_what_it_cannot_read() {
        assertSays(h.say("alex", "date acme renewal next-ish"), "Write it like 2027-03-31");
        assertTrue(h.store.dates(h.workspace, "c1").isEmpty());
    }

    @Test
    void mine_lists_my_nudges_and_promises_most_urgent_first() {
        assertSays(h.say("alex", "mine"), "Nothing is waiting for you");
        h.say("alex", "promise acme call back by in 3 days");
        h.say("alex", "promise acme send pricing by tomorrow");
        h.say("alex", "log acme referral Dana introduced Initech");
        Reply mine = h.say("alex", "mine");
        assertSays(mine, "Reciprocate: Acme");
        String text = mine.text();
        assertTrue(text.indexOf("send pricing") < text.indexOf("call back"), text);
        assertSays(h.say("sam", "mine"), "Nothing is waiting for you");
    }

    @Test
    void done_on_a_promise_marks_it_kept() {
        h.say("alex", "promise acme send pricing by tomorrow");
        String id = h.store.commitments(h.workspace, "c1").get(0).id();
        assertSays(h.say("alex", "done " + id), "Promise " + id + " kept");
        assertFalse(h.store.commitment(h.workspace, id).orElseThrow().isOpen());
        assertSays(h.say("alex", "done " + id), "already closed");
    }

    @Test
    void done_snooze_and_reassign_answer_clearly_for_unknown_ids() {
        assertSays(h.say("alex", "done n99"), "There is no nudge or promise n99");
        assertSays(h.say("alex", "snooze n99 1h"), "There is no nudge or promise n99");
        assertSays(h.say("alex", "reassign n99 @sam"), "There is no nudge or promise n99");
    }

    @Test
    void health_explains_each_component_and_lists_the_team() {
        Reply one = h.say("alex", "health acme");
        for (String component : new String[] {"recency", "reciprocity", "promises", "face time", "feedback",
            "complaints"}) {
            assertSays(one, component);
        }
        h.say("alex", "add Globex");
        assertSays(h.say("alex", "health"), "Team health, weakest first");
    }

    @Test
    void digest_summarises_the_team() {
        h.say("alex", "log acme thanks");
        h.say("alex", "log acme gift out a book");
        Reply digest = h.say("alex", "digest");
        assertSays(digest, "1 gestures received this week, 1 returned");
        assertSays(digest, "Customers: 1");
    }

    @Test
    void export_returns_everything_as_json() {
        h.say("alex", "note acme likes golf");
        h.say("alex", "log acme call");
        String json = h.say("alex", "export acme").cards().get(0).body();
        var tree = JsonParser.parseString(json).getAsJsonObject();
        assertEquals("Acme", tree.getAsJsonObject("customer").get("name").getAsString());
        assertEquals(1, tree.getAsJsonArray("notes").size());
        assertEquals(1, tree.getAsJsonArray("touches").size());
    }

    @Test
    void forget_is_for_admins_and_asks_before_deleting() {
        assertSays(h.say("alex", "forget acme"), "Only workspace admins");
        Reply ask = h.sayAsAdmin("alex", "forget acme");
        assertSays(ask, "cannot be undone");
        Action confirm = ask.cards().get(0).actions().get(0);
        assertEquals("forget_confirm", confirm.id());
        assertEquals(1, h.store.customers(h.workspace).size(), "nothing is deleted before confirming");
        assertSays(h.press("alex", "forget_confirm", confirm.value()), "Only workspace admins");
        Reply done = h.press(EngineHarness.admin("alex"), "forget_confirm", confirm.value(), null);
        assertTrue(done.replaceOriginal());
        assertTrue(h.store.customers(h.workspace).isEmpty());
    }

    @Test
    void help_lists_every_command_and_explains_one() {
        assertSays(h.say("alex", "help"), "promise <customer> <what> by <when>");
        assertSays(h.say("alex", "help snooze"), "Example: snooze n12 1d");
        assertSays(h.say("alex", "help snoze"), "Did you mean snooze");
    }

    @Test
    void bad_input_answers_with_usage_and_example_and_writes_nothing() {
        Reply reply = h.say("alex", "log acme");
        assertSays(reply, "Usage: log <customer> <kind> [in|out] [unanswered] [note…]");
        assertSays(reply, "Example: log acme thanks");
        assertTrue(h.store.touches(h.workspace, "c1", 10).isEmpty());
    }

    @Test
    void snooze_by_command_moves_a_scheduled_nudge() {
        h.say("alex", "log acme thanks");
        String id = h.active("reciprocate").get(0).id();
        assertSays(h.say("alex", "snooze " + id + " 3d"), "Snoozed for 3 days by Alex");
        assertEquals(h.clock.instant().plus(Duration.ofDays(3)), h.store.nudge(h.workspace, id).orElseThrow().dueAt());
    }
}
