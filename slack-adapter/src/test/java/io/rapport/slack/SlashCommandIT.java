package io.rapport.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.rapport.core.model.Customer;
import io.rapport.store.redis.Await;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlashCommandIT {
    private static final String TEAM = "T111";
    private SlackHarness h;

    @BeforeEach
    void start() {
        h = new SlackHarness(TEAM, "T1DC2JH3J", "T0001");
        h.slack.user("U1", "Alex", TEAM, "Europe/Paris", true);
        h.slack.user("U2", "Sam", TEAM, "America/New_York", false);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    /**
     * The answer to a slash command: in the HTTP response when it was ready within Slack's budget, otherwise
     * (a loaded machine) posted to the command's response_url a moment later. Both are what Slack shows.
     */
    private JsonObject json(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        if (!r.body().isBlank()) {
            return JsonParser.parseString(r.body()).getAsJsonObject();
        }
        int seen = lateAnswers;
        Await.until("the answer at the response_url", () -> responseUrlCalls().size() > seen);
        lateAnswers = responseUrlCalls().size();
        return JsonParser.parseString(responseUrlCalls().get(seen).params().get("_body")).getAsJsonObject();
    }

    private int lateAnswers;

    private java.util.List<FakeSlack.Call> responseUrlCalls() {
        return h.slack.calls().stream().filter(c -> c.method().startsWith("hooks/commands/")).toList();
    }

    static String texts(JsonArray blocks) {
        return blocks.toString();
    }

    @Test
    void help_is_answered_privately_with_block_kit_and_a_text_fallback() {
        JsonObject reply = json(h.command(TEAM, "U1", "C111", "help"));
        assertEquals("ephemeral", reply.get("response_type").getAsString());
        assertFalse(reply.get("text").getAsString().isBlank());
        JsonArray blocks = reply.getAsJsonArray("blocks");
        assertTrue(blocks.size() > 0);
        assertTrue(texts(blocks).contains("promise"), blocks.toString());
    }

    @Test
    void add_with_a_slack_mention_makes_that_person_the_owner_by_name() {
        JsonObject reply = json(h.command(TEAM, "U1", "C111", "add Acme tier key owner <@U2|sam>"));
        String shown = reply.getAsJsonArray("blocks").toString();
        assertTrue(shown.contains("Added Acme"), shown);
        assertTrue(shown.contains("sam"), shown);
        Customer acme = h.store.customers(Workspaces.of(TEAM)).get(0);
        assertEquals("U2", acme.owner().id());
    }

    @Test
    void link_in_a_channel_links_it_and_a_typo_gets_usage_help() {
        json(h.command(TEAM, "U1", "C111", "add Acme"));
        String linked = json(h.command(TEAM, "U1", "CSHARED", "link acme")).toString();
        assertTrue(linked.contains("Linked this channel to Acme"), linked);
        assertEquals("Acme", h.store.customerByChannel(Workspaces.of(TEAM), "CSHARED").orElseThrow().name());
        String usage = json(h.command(TEAM, "U1", "C111", "promise")).toString();
        assertTrue(usage.contains("promise &lt;customer&gt;"), "shown escaped, as Slack wants it: " + usage);
    }

    @Test
    void link_typed_in_a_dm_explains_it_belongs_in_the_shared_channel() {
        json(h.command(TEAM, "U1", "C111", "add Acme"));
        String reply = json(h.command(TEAM, "U1", "D0123", "link acme")).toString();
        assertTrue(reply.contains("in the channel you share"), reply);
    }

    @Test
    void every_slash_command_fixture_is_answered_with_rapports_help_for_its_text() {
        for (String fixture : List.of("slash-commands/slash_command.enterprise.java-SlashCommandTest.form",
                "slash-commands/slash_command.body2.java-SlashCommandPayloadTest.form",
                "slash-commands/slash_command.org-level-app.java-SlashCommandPayloadTest.form",
                "slash-commands/slash_command.bolt-python.form",
                "signing/slack-docs-signature-vector.body.form")) {
            JsonObject reply = json(h.postSigned(Fixtures.bytes(fixture), "application/x-www-form-urlencoded"));
            assertEquals("ephemeral", reply.get("response_type").getAsString(), fixture);
            assertTrue(reply.getAsJsonArray("blocks").size() > 0, fixture);
        }
    }

    @Test
    void forget_asks_an_admin_to_confirm_and_the_button_replaces_the_question_through_the_response_url() {
        json(h.command(TEAM, "U1", "C111", "add Acme"));
        JsonObject ask = json(h.command(TEAM, "U1", "C111", "forget acme"));
        JsonArray blocks = ask.getAsJsonArray("blocks");
        JsonObject actions = find(blocks, "actions");
        JsonObject confirm = actions.getAsJsonArray("elements").get(0).getAsJsonObject();
        assertEquals("danger", confirm.get("style").getAsString());

        h.interact(Payloads.buttonOnEphemeral(TEAM, "U1", "C111", confirm, actions.get("block_id").getAsString()));
        Await.until("the response_url answer", () -> !h.slack.calls("hooks/actions/T111/1/x").isEmpty());
        FakeSlack.Call answer = h.slack.calls("hooks/actions/T111/1/x").get(0);
        assertEquals("true", answer.params().get("replace_original"));
        assertTrue(answer.params().get("_body").contains("Forgot Acme"), answer.params().get("_body"));
        assertTrue(answer.params().get("_body").contains("Forgotten by Alex"), answer.params().get("_body"));
        assertTrue(h.store.customers(Workspaces.of(TEAM)).isEmpty());
    }

    @Test
    void a_teammate_who_is_not_an_admin_cannot_forget() {
        json(h.command(TEAM, "U1", "C111", "add Acme"));
        String reply = json(h.command(TEAM, "U2", "C111", "forget acme")).toString();
        assertTrue(reply.contains("Only workspace admins"), reply);
    }

    @Test
    void the_audit_log_is_refused_to_a_teammate_and_shows_an_admin_who_forgot_whom() {
        json(h.command(TEAM, "U1", "C111", "add Acme"));
        JsonArray blocks = json(h.command(TEAM, "U1", "C111", "forget acme")).getAsJsonArray("blocks");
        JsonObject actions = find(blocks, "actions");
        h.interact(Payloads.buttonOnEphemeral(TEAM, "U1", "C111",
                actions.getAsJsonArray("elements").get(0).getAsJsonObject(), actions.get("block_id").getAsString()));
        Await.until("the customer forgotten", () -> h.store.customers(Workspaces.of(TEAM)).isEmpty());

        String refused = json(h.command(TEAM, "U2", "C111", "audit")).toString();
        assertTrue(refused.contains("Only workspace admins can read the audit log"), refused);
        String log = json(h.command(TEAM, "U1", "C111", "audit")).toString();
        assertTrue(log.contains("Alex (U1): forget customer Acme (c1)"), log);
    }

    @Test
    void a_user_listed_in_rapport_admins_is_an_admin_though_slack_says_otherwise() {
        h.close();
        h = new SlackHarness(java.util.Set.of("U2"), TEAM);
        h.slack.user("U2", "Sam", TEAM, "America/New_York", false);
        h.slack.user("U3", "Kim", TEAM, "America/New_York", false);

        String kim = json(h.command(TEAM, "U3", "C111", "audit")).toString();
        assertTrue(kim.contains("Only workspace admins"), kim);
        String sam = json(h.command(TEAM, "U2", "C111", "audit")).toString();
        assertTrue(sam.contains("Nothing recorded yet"), sam);
    }

    static JsonObject find(JsonArray blocks, String type) {
        for (var b : blocks) {
            if (type.equals(b.getAsJsonObject().get("type").getAsString())) {
                return b.getAsJsonObject();
            }
        }
        throw new AssertionError("no " + type + " block in " + blocks);
    }
}
