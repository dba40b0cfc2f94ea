package io.rapport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.rapport.slack.FakeSlack;
import io.rapport.slack.Fixtures;
import io.rapport.slack.http.RequestVerifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slack's and Microsoft's secrets never leave Rapport: the jar runs with distinctive fake ones while it gets
 * commands, an export, forged and stale signatures, broken payloads, Slack API errors, Teams requests with bad
 * tokens, an OAuth redirect with a forged state and an oversized body; then everything it wrote to stdout and
 * stderr, every HTTP answer and /metrics are searched for each secret and for its first and last 12 characters.
 * A refused configuration is searched the same way.
 */
class SecretsE2E {
    private static final String SIGNING = "sgn-5d1f0c9e8b7a6f5e4d3c2b1a";
    private static final String BOT = "xoxb-4242-4343-lk7e6d5c4b3a2f1e0d";
    private static final String CLIENT_ID = "4242.4343";
    private static final String CLIENT_SECRET = "cls-9a8b7c6d5e4f3a2b1c0d9e8f";
    private static final String APP_ID = "6a0e3b7c-1d2f-4e5a-9b8c-7d6e5f4a3b2c";
    private static final String APP_PASSWORD = "msp~8Q7r6S5t4U3v2W1x0Y9z8A";
    private static final String REDIS_PASSWORD = "rdp-0f1e2d3c4b5a69788796a5b4";
    private static final String TEAM = "T111";
    private final SignedSlack asSlack = new SignedSlack(SIGNING);
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> answers = new ArrayList<>();

    @TempDir
    Path dir;

    @Test
    void a_running_rapport_shows_no_secret_in_logs_answers_exports_or_metrics() throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            slack.user("U1", "Alex", TEAM, "Europe/Paris", true);
            slack.user("W222", "Dana", "T_ACME", "America/New_York", false);
            String output;
            try (RapportProcess rapport = RapportProcess.start(dir.resolve("data"),
                    RapportProcess.rulebook(dir, "PT1S"), Map.of("SLACK_SIGNING_SECRET", SIGNING,
                            "SLACK_BOT_TOKEN", BOT, "SLACK_CLIENT_ID", CLIENT_ID, "SLACK_CLIENT_SECRET", CLIENT_SECRET,
                            "SLACK_API_URL", slack.apiUrl(), "MICROSOFT_APP_ID", APP_ID,
                            "MICROSOFT_APP_PASSWORD", APP_PASSWORD))) {
                assertTrue(command(rapport, "C999", "add Acme tier key owner <@U1|alex>").contains("Added Acme"));
                assertTrue(command(rapport, "C111", "link acme").contains("Linked"));
                command(rapport, "C111", "note acme likes golf");
                assertTrue(command(rapport, "C111", "export acme").contains("Export"));
                command(rapport, "C111", "frobnicate \u202Eacme");
                command(rapport, "C111", "show nobody");

                byte[] form = "command=%2Frapport&text=help&team_id=T111&user_id=U1".getBytes(StandardCharsets.UTF_8);
                String ts = String.valueOf(Instant.now().getEpochSecond());
                assertEquals(401, post(rapport, "/slack/events", form, Map.of(RequestVerifier.TIMESTAMP, ts,
                        RequestVerifier.SIGNATURE, "v0=" + "0".repeat(64))).statusCode());
                String stale = String.valueOf(Instant.now().getEpochSecond() - 3600);
                assertEquals(401, post(rapport, "/slack/events", form, Map.of(RequestVerifier.TIMESTAMP, stale,
                        RequestVerifier.SIGNATURE, asSlack.sign(stale, form))).statusCode());
                assertTrue(signed(rapport, "{\"type\":\"event_callback\",\"event\":{".getBytes(StandardCharsets.UTF_8),
                        "application/json").statusCode() < 500);

                // Slack refuses the token when Rapport opens the DM and posts the nudge, and when it publishes Home
                slack.failNext("conversations.open", 200, Map.of("Content-Type", "application/json"),
                        "{\"ok\":false,\"error\":\"invalid_auth\"}");
                slack.failNext("chat.postMessage", 500, Map.of(), "");
                slack.failNext("views.publish", 200, Map.of("Content-Type", "application/json"),
                        "{\"ok\":false,\"error\":\"token_revoked\"}");
                customerThanks(rapport);
                JsonObject home = JsonParser.parseString(Fixtures.text(
                        "events/app_home_opened.with-view.java-JsonPayloadExtractorTest.json")).getAsJsonObject();
                home.addProperty("team_id", TEAM);
                home.getAsJsonObject("event").addProperty("user", "U1");
                signed(rapport, home.toString().getBytes(StandardCharsets.UTF_8), "application/json");
                await(() -> slack.calls("conversations.open").size() + slack.calls("chat.postMessage").size() >= 2
                        && !slack.calls("views.publish").isEmpty());

                for (String auth : new String[] {null, "Bearer not-a-jwt", "Basic " + APP_PASSWORD}) {
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(rapport, "/api/messages")))
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"type\":\"message\",\"text\":\"hi\",\"serviceUrl\":\"https://smba.trafficmanager.net/emea/\","
                                            + "\"conversation\":{\"id\":\"a:1\",\"tenantId\":\"t1\"},\"from\":{\"id\":\"29:1\"}}"));
                    if (auth != null) {
                        b.header("Authorization", auth);
                    }
                    assertEquals(401, send(b.build()).statusCode(), "Teams with " + auth);
                }
                send(HttpRequest.newBuilder(URI.create(url(rapport, "/slack/install"))).build());
                send(HttpRequest.newBuilder(URI.create(url(rapport, "/slack/oauth_redirect?code=c1&state=forged")))
                        .build());
                assertEquals(413, signed(rapport, new byte[2 * 1024 * 1024], "application/json").statusCode());
                answers.add(rapport.get("/metrics").body());
                assertTrue(slack.calls().stream().anyMatch(c -> BOT.equals(c.params().get("_token"))),
                        "the bot token was in use: " + slack.calls());
                rapport.stop();
                output = rapport.output();
            }
            assertNoSecret("the log", output, SIGNING, BOT, CLIENT_SECRET, APP_PASSWORD);
            assertNoSecret("the HTTP answers and /metrics", String.join("\n", answers), SIGNING, BOT, CLIENT_SECRET,
                    APP_PASSWORD);
        }
    }

    @Test
    void a_refused_configuration_names_the_settings_without_their_values() throws Exception {
        RapportProcess.Exit exit = RapportProcess.run(dir.resolve("data"), Map.of("SLACK_BOT_TOKEN", "xoxp-" + BOT,
                "SLACK_CLIENT_SECRET", CLIENT_SECRET, "MICROSOFT_APP_PASSWORD", APP_PASSWORD,
                "SLACK_APP_TOKEN", "bad-" + SIGNING, "REDIS_URL", "redis://:" + REDIS_PASSWORD + "@127.0.0.1:port"));

        assertEquals(2, exit.code(), exit.output());
        assertTrue(exit.output().contains("SLACK_BOT_TOKEN must be a bot token"), exit.output());
        assertTrue(exit.output().contains("REDIS_URL"), exit.output());
        assertNoSecret("the refusal", exit.output(), SIGNING, BOT, CLIENT_SECRET, APP_PASSWORD, REDIS_PASSWORD);
    }

    /** Each secret, and its first and last 12 characters: enough to find a cut or partly masked copy. */
    static void assertNoSecret(String where, String text, String... secrets) {
        for (String secret : secrets) {
            for (String piece : List.of(secret, secret.substring(0, 12), secret.substring(secret.length() - 12))) {
                int at = text.indexOf(piece);
                assertFalse(at >= 0, () -> where + " shows \"" + piece + "\" (of a secret): …"
                        + text.substring(Math.max(0, at - 200), Math.min(text.length(), at + 100)) + "…");
            }
        }
    }

    private void customerThanks(RapportProcess rapport) throws Exception {
        JsonObject envelope = JsonParser.parseString(Fixtures.text(
                "events/message.channel.thread-reply.user_team-source_team.java-EventAssistantTest.json"))
                .getAsJsonObject();
        JsonObject event = envelope.getAsJsonObject("event");
        event.addProperty("user_team", "T_ACME");
        event.addProperty("channel", "C111");
        event.addProperty("text", "Thanks so much for the quick fix!");
        event.addProperty("ts", Instant.now().getEpochSecond() + ".000300");
        assertEquals(200, signed(rapport, envelope.toString().getBytes(StandardCharsets.UTF_8), "application/json")
                .statusCode());
    }

    private String command(RapportProcess rapport, String channel, String text) throws Exception {
        byte[] form = SignedSlack.command(TEAM, channel, text).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = signed(rapport, form, "application/x-www-form-urlencoded");
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private HttpResponse<String> signed(RapportProcess rapport, byte[] body, String type) throws Exception {
        return send(asSlack.post(rapport, body, type));
    }

    private HttpResponse<String> post(RapportProcess rapport, String path, byte[] body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(rapport, path)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        return send(b.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        answers.add(r.statusCode() + " " + r.headers().map() + " " + r.body());
        return r;
    }

    private static String url(RapportProcess rapport, String path) {
        return "http://127.0.0.1:" + rapport.port + path;
    }

    private static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for Rapport's Slack calls");
            Thread.sleep(50);
        }
    }
}
