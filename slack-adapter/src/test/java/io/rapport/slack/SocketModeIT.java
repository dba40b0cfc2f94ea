package io.rapport.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.javalin.Javalin;
import io.javalin.websocket.WsContext;
import io.rapport.core.model.Customer;
import io.rapport.store.redis.Await;
import io.rapport.store.redis.TestRedis;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode with SLACK_APP_TOKEN: the app asks apps.connections.open for a WebSocket URL, connects (Tyrus), and
 * Slack's envelopes reach the same Bolt app; each is acknowledged with its envelope id. Slack's side is a
 * WebSocket server on loopback.
 */
class SocketModeIT {
    private static final String TEAM = "T111";
    private SlackHarness h;
    private SlackAdapter adapter;
    private Javalin slackSide;
    private final AtomicReference<WsContext> socket = new AtomicReference<>();
    private final List<JsonObject> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        h = new SlackHarness(TEAM);
        h.slack.user("U1", "Alex", TEAM, "UTC", true);
        h.slack.user("W111", "Wendy", TEAM, "UTC", false);
        slackSide = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.routes.ws("/link", ws -> {
                ws.onConnect(ctx -> {
                    socket.set(ctx);
                    ctx.send("{\"type\":\"hello\",\"num_connections\":1}");
                });
                ws.onMessage(ctx -> received.add(JsonParser.parseString(ctx.message()).getAsJsonObject()));
            });
        }).start("127.0.0.1", 0);
        h.slack.socketUrl("ws://127.0.0.1:" + slackSide.port() + "/link");
        SlackSettings settings = new SlackSettings(SlackHarness.SECRET, Optional.of("xoxb-test"), Optional.empty(),
                Optional.empty(), Optional.of("xapp-1-A1-1-test"), Optional.of(h.slack.apiUrl()));
        adapter = SlackAdapter.create(settings, h.engine, h.store, TestRedis.client(), h.clock);
    }

    @AfterEach
    void stop() {
        adapter.close();
        slackSide.stop();
        h.close();
    }

    private JsonObject ackFor(String envelopeId) {
        Await.until("the ack of " + envelopeId, () -> received.stream()
                .anyMatch(m -> m.has("envelope_id") && envelopeId.equals(m.get("envelope_id").getAsString())));
        return received.stream().filter(m -> envelopeId.equals(m.get("envelope_id").getAsString())).findFirst()
                .orElseThrow();
    }

    @Test
    void commands_and_events_arrive_over_the_socket_and_are_acknowledged() {
        adapter.start();
        Await.until("the Socket Mode connection", () -> socket.get() != null);
        
        assertTrue(h.slack.calls("apps.connections.open").get(0).params().get("_token").startsWith("xapp-"));

        JsonObject command = new JsonObject();
        command.addProperty("team_id", TEAM);
        command.addProperty("channel_id", "C111");
        command.addProperty("user_id", "U1");
        command.addProperty("user_name", "alex");
        command.addProperty("command", "/rapport");
        command.addProperty("text", "add Acme");
        command.addProperty("response_url", "https://hooks.slack.com/commands/T111/1/x");
        socket.get().send(envelope("e1", "slash_commands", command, true).toString());
        JsonObject ack = ackFor("e1");
        assertTrue(ack.toString().contains("Added Acme"), ack.toString());

        command.addProperty("text", "link acme");
        socket.get().send(envelope("e2", "slash_commands", command, true).toString());
        ackFor("e2");

        JsonObject event = JsonParser.parseString(Fixtures.text("events/message.channel.with-blocks.bolt-python.json"))
                .getAsJsonObject();
        socket.get().send(envelope("e3", "events_api", event, false).toString());
        ackFor("e3");
        Await.until("the event handled", () -> {
            h.drain();
            Customer acme = h.store.customers(Workspaces.of(TEAM)).get(0);
            return h.store.touches(Workspaces.of(TEAM), acme.id(), 10).size() == 1;
        });
    }

    private static JsonObject envelope(String id, String type, JsonObject payload, boolean acceptsResponse) {
        JsonObject e = new JsonObject();
        e.addProperty("envelope_id", id);
        e.addProperty("type", type);
        e.add("payload", payload);
        e.addProperty("accepts_response_payload", acceptsResponse);
        e.addProperty("retry_attempt", 0);
        e.addProperty("retry_reason", "");
        return e;
    }
}
