package io.rapport.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.rapport.core.message.Card;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Person;
import io.rapport.store.redis.Await;
import io.rapport.store.redis.TestRedis;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NudgeDeliveryIT {
    private static final String TEAM = "T111";
    private static final String WS = Workspaces.of(TEAM);
    private SlackHarness h;

    @BeforeEach
    void start() {
        h = new SlackHarness(TEAM);
        h.slack.user("U1", "Alex", TEAM, "Europe/Paris", true);
        h.slack.user("U2", "Sam", TEAM, "UTC", false);
        h.slack.user("W222", "Dana", "T_OTHER", "UTC", false);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    /** Acme owned by Alex, its shared channel linked, and Dana from Acme thanking in it. */
    private void customerThanks(String customerName, String text) {
        h.command(TEAM, "U1", "C999", "add \"" + customerName + "\" owner <@U1|alex>");
        h.command(TEAM, "U1", "C111", "link \"" + customerName + "\"");
        JsonObject envelope = JsonParser.parseString(Fixtures.text(
                "events/message.channel.thread-reply.user_team-source_team.java-EventAssistantTest.json")).getAsJsonObject();
        JsonObject event = envelope.getAsJsonObject("event");
        event.addProperty("user_team", "T_OTHER");
        event.addProperty("channel", "C111");
        event.addProperty("text", text);
        event.addProperty("ts", String.valueOf(SlackHarness.START.getEpochSecond()) + ".000100");
        h.eventJson(envelope.toString());
        h.drain();
        h.clock.advance(Duration.ofDays(3));
    }

    private FakeSlack.Call onlyPost() {
        List<FakeSlack.Call> posts = h.slack.calls("chat.postMessage");
        assertEquals(1, posts.size(), posts.toString());
        return posts.get(0);
    }

    @Test
    void the_reciprocate_nudge_arrives_as_a_dm_with_its_buttons_once() {
        customerThanks("Acme", "Thanks so much for the quick fix!");
        assertEquals(1, h.tick());
        assertEquals(0, h.tick(), "nothing more is due");
        FakeSlack.Call post = onlyPost();
        assertEquals("U1", h.slack.calls("conversations.open").get(0).params().get("users"));
        assertEquals("DU1", post.params().get("channel"));
        JsonArray blocks = post.blocks();
        assertEquals("header", blocks.get(0).getAsJsonObject().get("type").getAsString());
        JsonObject actions = SlashCommandIT.find(blocks, "actions");
        List<String> labels = new java.util.ArrayList<>();
        for (var e : actions.getAsJsonArray("elements")) {
            JsonObject el = e.getAsJsonObject();
            labels.add(el.has("text") ? el.getAsJsonObject("text").get("text").getAsString()
                    : el.get("type").getAsString() + ":" + el.getAsJsonObject("placeholder").get("text").getAsString());
        }
        // the core may add more (a correction for a wrong detection); these are the ones every nudge has
        assertEquals(List.of("Done", "Snooze 1h", "Snooze 1d", "Snooze 1w", "users_select:Reassign", "Log reply"),
                labels.subList(0, 6));
        assertTrue(post.params().get("text").contains("Acme"), post.params().get("text"));
        assertEquals(SlackApiKey.of(post), h.slack.messages("DU1").get(0).getAsJsonObject("metadata")
                .getAsJsonObject("event_payload").get("key").getAsString());
    }

    @Test
    void a_nudge_goes_to_slack_as_a_json_body_carrying_what_the_form_did_with_the_token_in_the_header() {
        customerThanks("Acme", "Thanks so much for the quick fix!");
        h.tick();
        FakeSlack.Call open = h.slack.calls("conversations.open").get(0);
        assertEquals("application/json; charset=utf-8", open.params().get("_type"));
        assertEquals("{\"users\":\"U1\"}", open.params().get("_body"));
        assertEquals("xoxb-test", open.params().get("_token"));
        FakeSlack.Call post = onlyPost();
        assertEquals("application/json; charset=utf-8", post.params().get("_type"));
        assertEquals("xoxb-test", post.params().get("_token"));
        JsonObject body = JsonParser.parseString(post.params().get("_body")).getAsJsonObject();
        assertEquals(java.util.Set.of("channel", "text", "blocks", "metadata", "unfurl_links", "unfurl_media"),
                body.keySet());
        assertEquals("DU1", body.get("channel").getAsString());
        assertTrue(body.get("text").getAsString().contains("Acme"), body.toString());
        assertEquals("header", body.getAsJsonArray("blocks").get(0).getAsJsonObject().get("type").getAsString());
        // nested JSON, not JSON text inside a string as a form field carries it
        JsonObject metadata = body.getAsJsonObject("metadata");
        assertEquals("rapport_message", metadata.get("event_type").getAsString());
        String nudgeId = h.store.activeNudges(WS).stream().filter(n -> n.rule().equals("reciprocate")).findFirst()
                .orElseThrow().id();
        assertEquals(nudgeId + "#1", metadata.getAsJsonObject("event_payload").get("key").getAsString());
        assertFalse(body.get("unfurl_links").getAsBoolean());
        assertFalse(body.get("unfurl_media").getAsBoolean());
    }

    @Test
    void pressing_done_updates_the_dm_in_place_to_say_who_did_it() {
        customerThanks("Acme", "Thanks so much for the quick fix!");
        h.tick();
        FakeSlack.Call post = onlyPost();
        String ts = h.slack.messages("DU1").get(0).get("ts").getAsString();
        JsonObject actions = SlashCommandIT.find(post.blocks(), "actions");
        JsonObject done = actions.getAsJsonArray("elements").get(0).getAsJsonObject();
        h.interact(Payloads.button(TEAM, "U1", "DU1", ts, false, done, actions.get("block_id").getAsString(), null));
        Await.until("chat.update", () -> !h.slack.calls("chat.update").isEmpty());
        FakeSlack.Call update = h.slack.calls("chat.update").get(0);
        assertEquals("DU1", update.params().get("channel"));
        assertEquals(ts, update.params().get("ts"));
        String shown = update.blocks().toString();
        assertTrue(shown.contains("Done by Alex"), shown);
        assertFalse(shown.contains("\"actions\""), "no buttons left: " + shown);
        String nudgeId = done.get("value").getAsString().split(" ")[0];
        assertEquals(NudgeState.DONE, h.store.nudge(WS, nudgeId).orElseThrow().state());
    }

    @Test
    void reassign_with_the_user_picker_hands_the_nudge_to_the_picked_teammate() {
        customerThanks("Acme", "Thanks so much for the quick fix!");
        h.tick();
        FakeSlack.Call post = onlyPost();
        String ts = h.slack.messages("DU1").get(0).get("ts").getAsString();
        JsonObject actions = SlashCommandIT.find(post.blocks(), "actions");
        JsonObject picker = null;
        for (var e : actions.getAsJsonArray("elements")) {
            if ("users_select".equals(e.getAsJsonObject().get("type").getAsString())) {
                picker = e.getAsJsonObject();
            }
        }
        h.interact(Payloads.button(TEAM, "U1", "DU1", ts, false, picker, actions.get("block_id").getAsString(), "U2"));
        Await.until("chat.update", () -> !h.slack.calls("chat.update").isEmpty());
        String shown = h.slack.calls("chat.update").get(0).blocks().toString();
        assertTrue(shown.contains("Reassigned to Sam by Alex"), shown);
        assertEquals(new Person("U2", "Sam"), h.store.activeNudges(WS).stream().filter(n -> n.rule().equals("reciprocate")).findFirst().orElseThrow().assignee());
    }

    @Test
    void a_nudge_answered_429_then_500_then_ok_arrives_exactly_once_after_the_wait_slack_asked_for() {
        customerThanks("Acme", "Thanks so much for the quick fix!");
        h.slack.failNext("chat.postMessage", 429, Map.of("Retry-After", "1", "Content-Type", "application/json"),
                "{\"ok\":false,\"error\":\"ratelimited\"}");
        h.slack.failNext("chat.postMessage", 500, Map.of(), "");
        assertEquals(1, h.tick());
        List<FakeSlack.Call> attempts = h.slack.calls("chat.postMessage");
        assertEquals(3, attempts.size());
        assertTrue(attempts.get(1).atMillis() - attempts.get(0).atMillis() >= 950,
                "waited " + (attempts.get(1).atMillis() - attempts.get(0).atMillis()) + " ms after the 429");
        assertEquals(1, h.slack.messages("DU1").size(), "one message in the DM");
        assertFalse(h.slack.calls("conversations.history").isEmpty(), "after the 500 it looked before posting again");
        assertEquals(0, h.tick());
        assertEquals(1, h.slack.messages("DU1").size());
    }

    @Test
    void a_send_that_died_after_posting_is_found_in_the_channel_instead_of_posted_again() {
        Card card = Card.text("Ask Acme how you are doing.");
        h.adapter.messenger().sendPrivate(WS, new Person("U1", "Alex"), card, "n1#1");
        // as if the process had died between chat.postMessage and remembering its ts
        TestRedis.client().set(Workspaces.key(TEAM, "slack:sent:n1#1"), "pending");
        h.adapter.messenger().sendPrivate(WS, new Person("U1", "Alex"), card, "n1#1");
        h.adapter.messenger().sendPrivate(WS, new Person("U1", "Alex"), card, "n1#1");
        assertEquals(1, h.slack.messages("DU1").size());
        assertEquals(1, h.slack.calls("chat.postMessage").size());
    }

    @Test
    void team_posts_go_to_the_team_channel_once_per_key() {
        h.adapter.messenger().postToTeam(WS, "CTEAM", Card.text("Dana at Acme has been waiting 2 hours."), "esc:1");
        h.adapter.messenger().postToTeam(WS, "CTEAM", Card.text("Dana at Acme has been waiting 2 hours."), "esc:1");
        assertEquals(1, h.slack.messages("CTEAM").size());
        assertEquals("Dana at Acme has been waiting 2 hours.", h.slack.calls("chat.postMessage").get(0).params().get("text"));
    }

    @Test
    void hostile_text_in_names_and_customer_messages_never_reaches_slack_as_markup() {
        // on the wire, Slack markup stays markup and what a person typed literally arrives escaped
        String hostile = "Thanks <!channel> &lt;!here&gt; <@U999> &lt;@U998&gt; see <https://evil.example|ok>"
                + " &lt;https://evil2.example|ok&gt; *bold* &amp;";
        customerThanks("&lt;!everyone&gt; Acme", hostile);
        h.tick();
        FakeSlack.Call post = onlyPost();
        // decoded from the JSON body: where Slack reads markup (the fallback text, every mrkdwn text) none arrives
        List<String> read = markupRead(post);
        for (String markup : List.of("<!", "<@", "<https://evil", "<#")) {
            assertTrue(read.stream().noneMatch(t -> t.contains(markup)), markup + " reached Slack: " + read);
        }
        // plain text (the header) is shown as typed and never read as markup
        assertEquals("Reciprocate: <!everyone> Acme", post.blocks().get(0).getAsJsonObject()
                .getAsJsonObject("text").get("text").getAsString());
        String everything = post.params().toString();
        assertTrue(everything.contains("&lt;!everyone&gt; Acme"), everything);
        assertTrue(everything.contains("&lt;!here&gt;") && everything.contains("&lt;@U998&gt;"), everything);
        // the same in a command answer and in Reply fallbacks
        String shown = h.command(TEAM, "U1", "C999", "note \"&lt;!everyone&gt; Acme\" <!subteam^S1|@ops> <@U999|boss>"
                + " " + "x".repeat(5000)).body();
        assertFalse(shown.contains("<!") || shown.contains("<@"), shown);
        JsonObject json = JsonParser.parseString(shown).getAsJsonObject();
        for (var b : json.getAsJsonArray("blocks")) {
            JsonObject text = b.getAsJsonObject().getAsJsonObject("text");
            if (text != null) {
                assertTrue(text.get("text").getAsString().length() <= 3000);
            }
        }
        assertTrue(json.get("text").getAsString().endsWith("…"));
    }

    /** The idempotency key Rapport put into a posted message's metadata. */
    /** The strings of a post that Slack reads markup in: its fallback text and the text of every mrkdwn object. */
    private static List<String> markupRead(FakeSlack.Call post) {
        List<String> out = new java.util.ArrayList<>();
        out.add(post.params().get("text"));
        mrkdwn(post.blocks(), out);
        return out;
    }

    private static void mrkdwn(com.google.gson.JsonElement e, List<String> out) {
        if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(child -> mrkdwn(child, out));
        } else if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("type") && "mrkdwn".equals(o.get("type").getAsString())) {
                out.add(o.get("text").getAsString());
            }
            o.entrySet().forEach(child -> mrkdwn(child.getValue(), out));
        }
    }

    static final class SlackApiKey {
        static String of(FakeSlack.Call post) {
            return post.json("metadata").getAsJsonObject("event_payload").get("key").getAsString();
        }
    }
}
