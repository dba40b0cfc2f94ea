package io.rapport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.rapport.slack.FakeSlack;
import io.rapport.slack.Fixtures;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A conversation with the running jar in Slack, with the Web API faked on loopback: slash commands, a Slack
 * Connect customer thanking, the reciprocate nudge arriving as a DM with buttons, a button press updating it,
 * and the App Home. The nudge's Block Kit JSON is kept in target/slack-nudge.json to look at.
 */
class SlackE2E {
    private static final String SECRET = "e2e-signing-secret";
    private static final String TEAM = "T111";
    private final SignedSlack signed = new SignedSlack(SECRET);
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void a_team_uses_rapport_in_slack_from_first_command_to_a_pressed_nudge_and_an_escalation() throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            slack.user("U1", "Alex", TEAM, "Europe/Paris", true);
            slack.user("W222", "Dana", "T_ACME", "America/New_York", false);
            Path rulebook = dir.resolve("rulebook.json");
            // short timers, and every hour a working hour, so the conversation takes seconds at any time of day
            Files.writeString(rulebook, "{\"team\": {\"businessHours\": {\"days\": [\"MON\", \"TUE\", \"WED\", "
                    + "\"THU\", \"FRI\", \"SAT\", \"SUN\"], \"start\": \"00:00\", \"end\": \"23:59\"}}, "
                    + "\"rules\": {\"reciprocate\": {\"delay\": \"PT2S\"}, "
                    + "\"attention\": {\"limit\": \"PT2S\", \"escalationFactor\": 2}}}");
            try (RapportProcess rapport = RapportProcess.start(dir.resolve("data"), rulebook,
                    Map.of("SLACK_SIGNING_SECRET", SECRET, "SLACK_BOT_TOKEN", "xoxb-e2e",
                            "SLACK_API_URL", slack.apiUrl()))) {
                String added = command(rapport, "C999", "add Acme tier key owner <@U1|alex>");
                assertTrue(added.contains("Added Acme") && added.contains("ephemeral"), added);
                assertTrue(command(rapport, "C111", "link acme").contains("Linked this channel to Acme"));

                JsonObject envelope = JsonParser.parseString(Fixtures.text(
                        "events/message.channel.thread-reply.user_team-source_team.java-EventAssistantTest.json"))
                        .getAsJsonObject();
                JsonObject event = envelope.getAsJsonObject("event");
                event.addProperty("user_team", "T_ACME");
                event.addProperty("channel", "C111");
                event.addProperty("text", "Thanks so much for the quick fix!");
                event.addProperty("ts", Instant.now().getEpochSecond() + ".000200");
                assertEquals(200, post(rapport, envelope.toString().getBytes(StandardCharsets.UTF_8),
                        "application/json").statusCode());

                await("the nudge DM", () -> !slack.messages("DU1").isEmpty());
                FakeSlack.Call nudge = slack.calls("chat.postMessage").get(0);
                JsonArray blocks = nudge.blocks();
                Files.writeString(Path.of("target/slack-nudge.json"),
                        new GsonBuilder().setPrettyPrinting().create().toJson(blocks));
                assertTrue(blocks.toString().contains("Dana") && blocks.toString().contains("Snooze 1d"), blocks.toString());

                JsonObject actions = actionsOf(blocks);
                JsonObject done = actions.getAsJsonArray("elements").get(0).getAsJsonObject();
                String ts = slack.messages("DU1").get(0).get("ts").getAsString();
                JsonObject press = JsonParser.parseString(Fixtures.text(
                        "interactivity/block_actions.with-state.java-BlockActionPayloadTest.json")).getAsJsonObject();
                press.getAsJsonObject("user").addProperty("id", "U1");
                press.getAsJsonObject("team").addProperty("id", TEAM);
                press.getAsJsonObject("container").addProperty("channel_id", "DU1");
                press.getAsJsonObject("container").addProperty("message_ts", ts);
                press.getAsJsonObject("container").addProperty("is_ephemeral", false);
                JsonObject action = press.getAsJsonArray("actions").get(0).getAsJsonObject();
                action.addProperty("action_id", done.get("action_id").getAsString());
                action.addProperty("block_id", actions.get("block_id").getAsString());
                action.addProperty("value", done.get("value").getAsString());
                byte[] form = ("payload=" + URLEncoder.encode(press.toString(), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
                assertEquals(200, post(rapport, form, "application/x-www-form-urlencoded").statusCode());
                await("the nudge updated in place", () -> !slack.calls("chat.update").isEmpty());
                String updated = slack.calls("chat.update").get(0).blocks().toString();
                assertTrue(updated.contains("Done by Alex"), updated);
                assertFalse(updated.contains("\"actions\""), updated);

                // a customer question nobody answers: the owner hears first, the team channel at twice the limit
                assertTrue(command(rapport, "C777", "link team").contains("team channel"));
                event.addProperty("text", "Could you check why the nightly export is empty?");
                event.addProperty("ts", Instant.now().getEpochSecond() + ".000300");
                envelope.addProperty("event_id", "Ev0ESCALATE1");
                assertEquals(200, post(rapport, envelope.toString().getBytes(StandardCharsets.UTF_8),
                        "application/json").statusCode());
                await("the attention nudge to the owner", () -> slack.calls("chat.postMessage").stream()
                        .anyMatch(c -> "DU1".equals(c.params().get("channel"))
                                && c.blocks().toString().contains("has been waiting")));
                await("the escalation in the team channel", () -> slack.calls("chat.postMessage").stream()
                        .anyMatch(c -> "C777".equals(c.params().get("channel"))
                                && c.blocks().toString().contains("Escalation: Acme is waiting")));
                assertTrue(slack.calls("chat.postMessage").stream().noneMatch(c -> "C111".equals(c.params().get("channel"))),
                        "Rapport never posts in the customer's channel");

                JsonObject home = JsonParser.parseString(Fixtures.text(
                        "events/app_home_opened.with-view.java-JsonPayloadExtractorTest.json")).getAsJsonObject();
                home.addProperty("team_id", TEAM);
                home.getAsJsonObject("event").addProperty("user", "U1");
                post(rapport, home.toString().getBytes(StandardCharsets.UTF_8), "application/json");
                await("the App Home", () -> !slack.calls("views.publish").isEmpty());
                String view = slack.calls("views.publish").get(0).params().get("view");
                assertTrue(view.contains("Your customers") && view.contains("Acme"), view);
                assertTrue(rapport.output().contains("Slack is on"), rapport.output());
            }
        }
    }

    private String command(RapportProcess rapport, String channel, String text) throws Exception {
        byte[] form = SignedSlack.command(TEAM, channel, text).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = post(rapport, form, "application/x-www-form-urlencoded");
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private HttpResponse<String> post(RapportProcess rapport, byte[] body, String type) throws Exception {
        return http.send(signed.post(rapport, body, type), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject actionsOf(JsonArray blocks) {
        for (var b : blocks) {
            if ("actions".equals(b.getAsJsonObject().get("type").getAsString())) {
                return b.getAsJsonObject();
            }
        }
        throw new AssertionError("no buttons in " + blocks);
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

}
