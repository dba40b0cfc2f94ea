package io.rapport.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.Touch;
import io.rapport.store.redis.Await;
import io.rapport.store.redis.TestRedis;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventsIT {
    private static final String TEAM = "T111";
    private SlackHarness h;

    @BeforeEach
    void start() {
        h = new SlackHarness(TEAM, "T123", "T_INSTALLED", "T-auth", "T12345678");
        h.slack.user("U1", "Alex", TEAM, "Europe/Paris", true);
        h.slack.user("W111", "Wendy", TEAM, "UTC", false);
        h.slack.user("U111", "Uma", TEAM, "UTC", false);
        h.slack.user("W222", "Dana", "T_OTHER", "UTC", false);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private void linkAcme(String team, String channel) {
        h.slack.user("U1", "Alex", team, "Europe/Paris", true);
        assertEquals(200, h.command(team, "U1", "C999", "add Acme").statusCode());
        assertTrue(h.command(team, "U1", channel, "link acme").body().contains("Linked"));
    }

    private List<Touch> touches(String team) {
        Customer acme = h.store.customers(Workspaces.of(team)).get(0);
        return h.store.touches(Workspaces.of(team), acme.id(), 100);
    }

    @Test
    void url_verification_is_answered_with_the_challenge() {
        for (String f : List.of("url-verification/url_verification.java-UrlVerificationPayloadTest.json",
                "url-verification/url_verification.bolt-python.json")) {
            HttpResponse<String> r = h.event(f);
            assertEquals(200, r.statusCode());
            assertEquals("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", r.body());
        }
        HttpResponse<String> nonsense = h.event("url-verification/url_verification.invalid-type.java-InvalidPayloadPatternTest.json");
        assertEquals(400, nonsense.statusCode());
    }

    @Test
    void every_event_fixture_is_acknowledged_at_once_and_handled_without_being_set_aside() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(Fixtures.dir().resolve("events"))) {
            fixtures = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(fixtures.size() >= 20, "fixtures found: " + fixtures.size());
        for (Path f : fixtures) {
            SlackHarness.clean();
            long started = System.nanoTime();
            HttpResponse<String> r = h.postSigned(Files.readAllBytes(f), "application/json");
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(200, r.statusCode(), f.getFileName() + ": " + r.body());
            assertTrue(millis < 1000, f.getFileName() + " took " + millis + " ms to acknowledge");
            assertEquals(1, h.drain(), f.getFileName().toString());
            assertTrue(TestRedis.scan("rapport:{slack}:events:dead").isEmpty(), "set aside: " + f.getFileName());
        }
    }

    @Test
    void a_teammates_message_in_a_linked_channel_becomes_an_outbound_touch() {
        linkAcme(TEAM, "C111");
        h.event("events/message.channel.with-blocks.bolt-python.json");
        h.drain();
        List<Touch> touches = touches(TEAM);
        assertEquals(1, touches.size());
        assertEquals(Direction.OUT, touches.get(0).direction());
        assertEquals("Wendy", touches.get(0).who().name());
        assertEquals("Hello World!", touches.get(0).note());
    }

    @Test
    void the_same_event_delivered_four_times_makes_exactly_one_touch() {
        linkAcme(TEAM, "C111");
        byte[] body = Fixtures.bytes("events/message.channel.ticket-ids-in-text.bolt-python.json");
        assertEquals(200, h.postSigned(body, "application/json").statusCode());
        for (int retry = 1; retry <= 3; retry++) {
            String ts = String.valueOf(java.time.Instant.now().getEpochSecond());
            var signer = new io.rapport.slack.http.RequestVerifier(SlackHarness.SECRET, java.time.Clock.systemUTC());
            HttpResponse<String> r = h.post(body, "application/json", Map.of(
                    "X-Slack-Request-Timestamp", ts, "X-Slack-Signature", signer.sign(ts, body),
                    "X-Slack-Retry-Num", String.valueOf(retry), "X-Slack-Retry-Reason", "http_timeout"));
            assertEquals(200, r.statusCode());
        }
        assertEquals(1, h.drain());
        assertEquals(1, touches(TEAM).size());
    }

    @Test
    void an_event_handled_again_after_its_worker_died_before_marking_it_done_makes_no_second_touch() {
        linkAcme(TEAM, "C111");
        var jedis = io.rapport.store.redis.TestRedis.client();
        assertEquals(200, h.postSigned(Fixtures.bytes("events/message.channel.ticket-ids-in-text.bolt-python.json"),
                "application/json").statusCode());
        var queued = jedis.xrange(SlackAdapter.INBOX, (redis.clients.jedis.StreamEntryID) null, null);
        assertEquals(1, queued.size());
        Map<String, String> entry = queued.get(0).getFields();
        assertEquals(1, h.adapter.inbox().backlog(), "waiting in the inbox");
        assertEquals(1, h.drain());
        assertEquals(0, h.adapter.inbox().backlog(), "handled: it left the inbox");
        assertEquals(1, touches(TEAM).size());

        // the worker recorded the touch, then died: the event is neither marked done nor acknowledged
        assertEquals(1, jedis.del("rapport:{slack}:done:" + TEAM + ":" + entry.get("event")));
        jedis.xadd(SlackAdapter.INBOX, redis.clients.jedis.StreamEntryID.NEW_ENTRY, entry);
        assertEquals(1, h.drain());

        assertEquals(1, touches(TEAM).size());
        assertEquals(1, h.store.stats(Workspaces.of(TEAM), h.store.customers(Workspaces.of(TEAM)).get(0).id())
                .touches());
    }

    @Test
    void a_thread_reply_counts_and_a_bot_or_an_edit_is_not_a_new_message() {
        linkAcme(TEAM, "C111");
        h.event("events/message.thread_broadcast.bolt-python.json");
        h.event("events/message.subtype-bot_message.classic.bolt-python.json");
        h.event("events/message.bot_id.other-app.bolt-python.json");
        h.event("events/message.channel.user-with-authorizations.bolt-python.json"); // Rapport's own bot user
        h.drain();
        List<Touch> touches = touches(TEAM);
        assertEquals(1, touches.size(), touches.toString());
        assertEquals("Hi there!", touches.get(0).note());

        linkAcme("T-auth", "C111");
        // the message as first posted (the fixture's previous_message), then the fixture's edit of it
        JsonObject edit = JsonParser.parseString(Fixtures.text("events/message.message_changed.bolt-python.json"))
                .getAsJsonObject();
        JsonObject original = edit.deepCopy();
        JsonObject first = edit.getAsJsonObject("event").getAsJsonObject("previous_message").deepCopy();
        first.addProperty("channel", "C111");
        first.addProperty("channel_type", "channel");
        original.add("event", first);
        original.addProperty("event_id", "Ev-original");
        h.slack.user("U222", "Uli", "T-auth", "UTC", false);
        h.eventJson(original.toString());
        h.event("events/message.message_changed.bolt-python.json");
        h.drain();
        List<Touch> edited = touches("T-auth");
        assertEquals(1, edited.size(), "an edit is not a second message");
        assertEquals("original message", edited.get(0).note());
    }

    @Test
    void in_slack_connect_a_member_of_the_other_organisation_is_the_customer() {
        linkAcme(TEAM, "C111");
        // the channel thread reply fixture, posted by someone from another organisation into the linked channel
        JsonObject envelope = JsonParser.parseString(Fixtures.text(
                "events/message.channel.thread-reply.user_team-source_team.java-EventAssistantTest.json")).getAsJsonObject();
        JsonObject event = envelope.getAsJsonObject("event");
        event.addProperty("user_team", "T_OTHER");
        event.addProperty("channel", "C111");
        event.addProperty("text", "Thanks so much for the quick fix!");
        h.eventJson(envelope.toString());
        h.drain();
        List<Touch> touches = touches(TEAM);
        assertEquals(1, touches.size());
        assertEquals(Direction.IN, touches.get(0).direction());
        assertEquals("thanks", touches.get(0).kind().id());
        assertTrue(h.store.customers(Workspaces.of(TEAM)).get(0).isContact("W222"), "Dana became a contact");
    }

    @Test
    void when_redis_is_unreachable_an_event_gets_a_503_so_slack_retries_it() {
        int dead = TestRedis.freePort();
        try (var down = redis.clients.jedis.RedisClient.create("127.0.0.1", dead);
             SlackAdapter adapter = SlackAdapter.create(new SlackSettings(SlackHarness.SECRET,
                     java.util.Optional.of("xoxb-test"), java.util.Optional.empty(), java.util.Optional.empty(),
                     java.util.Optional.empty(), java.util.Optional.of(h.slack.apiUrl())),
                     h.engine, h.store, down, h.clock)) {
            var http = io.javalin.Javalin.create(c -> {
                c.startup.showJavalinBanner = false;
                adapter.routes(c.routes);
            }).start("127.0.0.1", 0);
            try {
                byte[] body = Fixtures.bytes("events/message.channel.with-blocks.bolt-python.json");
                String ts = String.valueOf(java.time.Instant.now().getEpochSecond());
                var signer = new io.rapport.slack.http.RequestVerifier(SlackHarness.SECRET, java.time.Clock.systemUTC());
                var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                "http://127.0.0.1:" + http.port() + "/slack/events"))
                        .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", signer.sign(ts, body))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build();
                assertEquals(503, h.send(request).statusCode());
            } finally {
                http.stop();
            }
        }
    }

    @Test
    void a_dm_is_a_command_and_the_answer_is_posted_in_the_dm() {
        h.event("events/message.im.thread-reply.user_team-source_team.java-EventAssistantTest.json");
        h.drain();
        List<FakeSlack.Call> posts = h.slack.calls("chat.postMessage");
        assertEquals(1, posts.size());
        assertEquals("D111", posts.get(0).params().get("channel"));
        assertFalse(posts.get(0).blocks().isEmpty());
        assertTrue(posts.get(0).params().get("text").toLowerCase().contains("help"), posts.get(0).params().toString());
    }

    @Test
    void a_dm_whose_answer_slack_refused_is_answered_later_and_its_command_runs_once() {
        h.slack.user("W222", "Dana", TEAM, "UTC", false);
        JsonObject envelope = JsonParser.parseString(Fixtures.text(
                "events/message.im.thread-reply.user_team-source_team.java-EventAssistantTest.json")).getAsJsonObject();
        envelope.getAsJsonObject("event").addProperty("text", "add Acme");
        for (int i = 0; i < 5; i++) {
            h.slack.failNext("chat.postMessage", 503, Map.of(), "");
        }
        h.eventJson(envelope.toString());
        h.drain();
        assertTrue(h.slack.messages("D111").isEmpty());
        assertEquals(1, h.adapter.retryEvents());
        assertEquals(1, h.slack.messages("D111").size());
        assertTrue(h.slack.calls("chat.postMessage").get(5).params().get("text").contains("Added Acme"));
        assertEquals(1, h.store.customers(Workspaces.of(TEAM)).size());
        assertEquals(0, h.adapter.retryEvents(), "handled: nothing is left pending");
    }

    @Test
    void a_mention_is_a_command_answered_only_to_the_person_who_asked() {
        h.slack.user("U234", "Sam", "T123", "UTC", false);
        h.event("events/app_mention.java-EventTest.json");
        h.event("events/app_mention.with-subtype.java-EventRequestTest.json"); // a bot mentioning: ignored
        h.drain();
        assertTrue(h.slack.calls("chat.postMessage").isEmpty(), "nothing is posted in the channel");
        List<FakeSlack.Call> ephemeral = h.slack.calls("chat.postEphemeral");
        assertEquals(1, ephemeral.size());
        assertEquals("U234", ephemeral.get(0).params().get("user"));
        assertEquals("C123", ephemeral.get(0).params().get("channel"));
    }

    @Test
    void a_mention_that_links_the_channel_links_it() {
        linkAcme(TEAM, "C999");
        JsonObject envelope = JsonParser.parseString(Fixtures.text("events/slack-connect.app_mention.bolt-python.json"))
                .getAsJsonObject();
        envelope.getAsJsonObject("event").addProperty("text", "<@W111> link acme");
        envelope.getAsJsonObject("event").addProperty("user", "U1");
        h.slack.user("U1", "Alex", "T_INSTALLED", "UTC", true);
        h.command("T_INSTALLED", "U1", "C999", "add Acme");
        h.eventJson(envelope.toString());
        h.drain();
        assertEquals("Acme", h.store.customerByChannel(Workspaces.of("T_INSTALLED"), "C111").orElseThrow().name());
    }

    @Test
    void a_button_pressed_in_the_app_home_refreshes_it() {
        h.slack.user("U123", "Alex", "T123", "UTC", false);
        HttpResponse<String> r = h.postSigned(Fixtures.bytes(
                "interactivity/block_actions.home-tab-button.java-BlockActionTest.form"), "application/x-www-form-urlencoded");
        assertEquals(200, r.statusCode());
        Await.until("the Home view published again", () -> !h.slack.calls("views.publish").isEmpty());
        assertEquals("U123", h.slack.calls("views.publish").get(0).params().get("user_id"));
    }

    @Test
    void view_submissions_are_acknowledged() {
        for (String f : List.of("interactivity/view_submission.modal.java-ViewSubmissionTest.form")) {
            assertEquals(200, h.postSigned(Fixtures.bytes(f), "application/x-www-form-urlencoded").statusCode());
        }
        for (String f : List.of("interactivity/view_submission.slack-connect.bolt-python.json",
                "interactivity/view_submission.org-wide-install.team-null.java-ViewSubmissionRequestTest.json")) {
            byte[] form = ("payload=" + SlackHarness.enc(Fixtures.text(f))).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(200, h.postSigned(form, "application/x-www-form-urlencoded").statusCode(), f);
        }
    }

    @Test
    void opening_the_app_home_publishes_the_dashboard() {
        h.slack.user("U12345678", "Alex", "T12345678", "UTC", false);
        h.event("events/app_home_opened.with-view.java-JsonPayloadExtractorTest.json");
        h.drain();
        List<FakeSlack.Call> published = h.slack.calls("views.publish");
        assertEquals(1, published.size());
        assertEquals("U12345678", published.get(0).params().get("user_id"));
        String view = published.get(0).params().get("view");
        assertTrue(view.contains("Your customers") && view.contains("What needs you today"), view);
    }
}
