package io.rapport.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;
import io.rapport.core.event.Actor;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.model.Direction;
import io.rapport.core.model.Person;
import io.rapport.store.redis.TestRedis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every file in shared/fixtures/teams through the real endpoint, with its serviceUrl pointing at the fake
 * connector: what the connector receives, what Redis holds, and a clear 4xx (never a 500) for what is not a
 * usable activity.
 */
class FixturesIT {
    private static final List<String> FIXTURE_TENANTS = List.of("56653e9d-2158-46ee-90d7-675c39642038",
            "b28fdbfd-2b78-4f93-b0f8-8881793f0f8f", "72f988bf-86f1-41af-91ab-2d7cd011db47",
            "bec8e231-67ad-484e-87f4-3e5438390a77");
    private TeamsHarness h;

    @BeforeEach
    void start() throws Exception {
        FIXTURE_TENANTS.forEach(t -> TestRedis.forget("teams:" + t));
        h = new TeamsHarness();
    }

    @AfterEach
    void stop() {
        h.close();
        FIXTURE_TENANTS.forEach(t -> TestRedis.forget("teams:" + t));
    }

    private TeamsHarness.Response post(String fixture) throws Exception {
        String raw = TeamsHarness.fixture(fixture);
        JsonNode tree;
        try {
            tree = Serialization.jsonToTree(raw);
        } catch (IOException invalid) {
            return h.post(raw, null);
        }
        if (tree.isObject() && tree.hasNonNull("serviceUrl")) {
            ((ObjectNode) tree).put("serviceUrl", h.connector.url());
            return h.post(Serialization.toString(tree), null);
        }
        return h.post(raw, null);
    }

    private static String key(String tenant, String rest) {
        return "rapport:{teams:" + tenant + "}:teams:" + rest;
    }

    @Test
    void the_published_invalid_json_examples_get_a_clear_400_and_nothing_is_sent() throws Exception {
        for (String f : List.of("docs-examples/installationUpdate.add.AS-PUBLISHED-INVALID-JSON.msteams-docs.json",
                "docs-examples/invoke.card-action-invoke.channel.AS-PUBLISHED-INVALID-JSON.msteams-docs.json",
                "docs-examples/message.messageBack-value.channel.AS-PUBLISHED-INVALID-JSON.msteams-docs.json")) {
            var r = post(f);
            assertEquals(400, r.status(), f);
            assertTrue(r.json().path("error").asText().startsWith("The body is not a Bot Framework Activity in JSON ("),
                    r.body());
        }
        assertEquals(List.of(), h.connector.requests());
    }

    @Test
    void the_bot_added_to_a_team_keeps_a_reference_to_the_channel_and_posts_nothing() throws Exception {
        var r = post("docs-examples/conversationUpdate.bot-added-to-team.teamMemberAdded.msteams-docs.json");

        assertEquals(202, r.status(), r.body());
        String tenant = "b28fdbfd-2b78-4f93-b0f8-8881793f0f8f";
        String channel = "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2";
        JsonNode ref = Serialization.jsonToTree(TestRedis.client().get(key(tenant, "ref:conv:" + channel)));
        assertEquals(h.connector.url(), ref.path("serviceUrl").asText());
        assertEquals(channel, ref.path("conversation").path("id").asText());
        assertTrue(TestRedis.client().sismember(key(tenant, "team:19:zFLSDFWsesfzcmKArqKJ-65aOXJz@sgf462H2wz41@thread.tacv2"),
                channel));
        Thread.sleep(200);
        assertEquals(List.of(), h.connector.requests());
    }

    @Test
    void a_personal_message_is_answered_in_reply_and_remembers_who_can_be_reached() throws Exception {
        var r = post("docs-examples/message.personal.rich-text.channelData-tenant.msteams-docs.json");

        assertEquals(202, r.status(), r.body());
        var reply = h.connector.await(x -> x.method().equals("POST"), Duration.ofSeconds(5));
        assertTrue(reply.path().endsWith("/activities/1485983408511"), reply.path());
        assertTrue(reply.text().startsWith("I don't know the command \"Hello\""), reply.body().toString());
        assertEquals("plain", reply.body().path("textFormat").asText());
        String tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
        String user = "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw";
        assertEquals("Megan Bowen", TestRedis.client().hget(key(tenant, "people"), user));
        assertTrue(TestRedis.client().exists(key(tenant, "ref:user:" + user)));
    }

    @Test
    void an_action_execute_press_is_answered_in_the_invoke_response() throws Exception {
        var r = post("activities/invoke.adaptiveCard-action.Action.Execute.personal.teams-net.json");

        assertEquals(200, r.status(), r.body());
        assertEquals(200, r.json().path("statusCode").asInt());
        assertEquals("application/vnd.microsoft.activity.message", r.json().path("type").asText());
        assertTrue(r.json().path("value").asText().contains("no longer supported"), r.body());
        assertEquals(List.of(), h.connector.requests());
    }

    @Test
    void a_message_in_a_linked_channel_becomes_a_touch_and_one_elsewhere_is_ignored() throws Exception {
        String f = "docs-examples/message.messageBack-value.channel.DERIVED-trailing-comma-removed.json";
        String ws = "teams:bec8e231-67ad-484e-87f4-3e5438390a77";
        Actor alex = new Actor(new Person("29:alex", "Alex"), false, null);
        h.engine.command(new CommandEvent(ws, alex, null, "add Acme", Map.of(), h.clock.instant()));
        String customer = h.store.customers(ws).get(0).id();

        assertEquals(202, post(f).status(), "not linked yet");
        assertEquals(0, h.store.touches(ws, customer, 10).size());

        h.engine.command(new CommandEvent(ws, alex, "19:malejcou081i20ojmlcau0@thread.skype", "link acme", Map.of(),
                h.clock.instant()));
        String again = TeamsHarness.fixture(f).replace("f:5261769396935243054", "f:5261769396935243055");
        ObjectNode tree = (ObjectNode) Serialization.jsonToTree(again);
        tree.put("serviceUrl", h.connector.url());
        assertEquals(202, h.post(Serialization.toString(tree), null).status());
        var touches = h.store.touches(ws, customer, 10);
        assertEquals(1, touches.size());
        assertEquals("User just clicked the MessageBack button", touches.get(0).note());
        assertEquals(Direction.OUT, touches.get(0).direction(), "John Smith is not one of Acme's people");
        assertEquals(List.of(), h.connector.delivered(), "Rapport never posts into a watched channel");
        TestRedis.forget(ws);
    }

    @Test
    void membership_changes_that_are_not_about_rapport_and_reactions_are_acknowledged_and_ignored() throws Exception {
        for (String f : List.of("docs-examples/conversationUpdate.channelCreated.msteams-docs.json",
                "docs-examples/conversationUpdate.teamMemberRemoved.msteams-docs.json",
                "docs-examples/messageReaction.reactionsAdded.channel.msteams-docs.json")) {
            assertEquals(202, post(f).status(), f);
        }
        Thread.sleep(200);
        assertEquals(List.of(), h.connector.requests());
        for (String tenant : List.of("72f988bf-86f1-41af-91ab-2d7cd011db47")) {
            assertEquals(List.of(), TestRedis.keysOf("teams:" + tenant));
        }
    }

    @Test
    void activities_without_a_usable_service_url_or_tenant_are_refused_with_a_reason() throws Exception {
        assertRefused(400, "no serviceUrl",
                "activities/message.channel.thread-reply.at-mention.channelData-team-channel-tenant.teams-net.json");
        assertRefused(400, "names no Teams tenant",
                "docs-examples/conversationUpdate.bot-added-to-personal-chat.placeholders.msteams-docs.json");
        assertRefused(403, "url-value is not on the allow-list",
                "sdk-fixtures/invoke.composeExtension-onCardButtonClicked.json");
        assertRefused(403, "no usable host", "sdk-fixtures/invoke.task-submit.json");
        try (Stream<Path> files = Files.list(TeamsHarness.FIXTURES.resolve("transcripts"))) {
            for (Path t : files.toList()) {
                assertRefused(400, "expected one JSON object", "transcripts/" + t.getFileName());
            }
        }
        assertEquals(List.of(), h.connector.requests());
    }

    /** Posted exactly as published: their serviceUrl (or its absence) is what is being refused. */
    private void assertRefused(int status, String why, String fixture) throws Exception {
        var r = h.post(TeamsHarness.fixture(fixture), null);
        assertEquals(status, r.status(), fixture + ": " + r.body());
        assertTrue(r.json().path("error").asText().contains(why), fixture + ": " + r.body());
    }

    @Test
    void the_sdk_serialization_fixtures_run_through_the_sdk_once_they_name_a_service_url_and_tenant() throws Exception {
        Map<String, Integer> expected = Map.ofEntries(
                Map.entry("message.personal.minimal.json", 202), Map.entry("message.personal.at-mention.json", 202),
                Map.entry("conversationUpdate.membersAdded-membersRemoved.json", 202),
                Map.entry("messageDelete.json", 202), Map.entry("messageUpdate.json", 202),
                Map.entry("messageReaction.minimal.json", 202), Map.entry("typing.json", 202),
                Map.entry("entity.clientInfo.json", 202), Map.entry("entity.mention.json", 202),
                // invokes Rapport does not offer: the SDK's own answer, 501
                Map.entry("invoke.signin-tokenExchange.json", 501), Map.entry("invoke.signin-verifyState.json", 501),
                Map.entry("invoke.task-submit.json", 501),
                Map.entry("invoke.composeExtension-onCardButtonClicked.json", 501));
        try (Stream<Path> files = Files.list(TeamsHarness.FIXTURES.resolve("sdk-fixtures"))) {
            assertEquals(expected.keySet(), files.map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toSet()), "every sdk fixture has an expectation");
        }
        for (var e : expected.entrySet()) {
            ObjectNode tree = (ObjectNode) Serialization.jsonToTree(TeamsHarness.fixture("sdk-fixtures/" + e.getKey()));
            tree.put("serviceUrl", h.connector.url());
            ObjectNode conversation = tree.has("conversation") ? (ObjectNode) tree.get("conversation")
                    : tree.putObject("conversation").put("id", "c-" + e.getKey());
            conversation.put("tenantId", h.tenant);
            var r = h.post(Serialization.toString(tree), null);
            assertEquals(e.getValue(), r.status(), e.getKey() + ": " + r.body());
        }
        // the two messages ("testing123", the second after its bot mention is removed) got the same answer
        h.connector.await(x -> x.method().equals("POST") && x.path().contains("/v3/conversations/1/activities/1"),
                Duration.ofSeconds(5));
        Thread.sleep(300);
        List<FakeConnector.Request> posts = h.connector.delivered();
        assertEquals(1, posts.size(), "same activity id 1 twice: the retry is not answered again; got " + posts);
        assertTrue(posts.get(0).text().contains("\"testing123\""), posts.get(0).body().toString());
        assertTrue(TestRedis.client().exists(key(h.tenant, "ref:conv:someguid")),
                "the bot (userId1) was among the members added to the channel someguid");
        assertFalse(TestRedis.client().exists(key(h.tenant, "ref:user:1")) && posts.size() > 1);
    }
}
