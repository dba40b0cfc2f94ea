package io.rapport.app.fault;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.rapport.slack.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;

/** Real platform payloads from shared/fixtures, adjusted to the fleet's workspace, channel and text. */
final class Payloads {
    private Payloads() {
    }

    /** A Slack Connect customer's message in {@code channel}, as the Events API envelope {@code eventId}. */
    static byte[] customerMessage(String eventId, String channel, String text) {
        JsonObject envelope = JsonParser.parseString(Fixtures.text(
                "events/message.channel.thread-reply.user_team-source_team.java-EventAssistantTest.json"))
                .getAsJsonObject();
        envelope.addProperty("event_id", eventId);
        envelope.addProperty("team_id", Fleet.TEAM);
        JsonObject event = envelope.getAsJsonObject("event");
        event.addProperty("user_team", "T_ACME");
        event.addProperty("channel", channel);
        event.addProperty("text", text);
        event.addProperty("ts", Instant.now().getEpochSecond() + "." + String.format("%06d", Math.floorMod(eventId.hashCode(), 1_000_000)));
        event.remove("thread_ts");
        return envelope.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code userId}'s message in their personal chat with the bot, answered through {@code serviceUrl}. */
    static String teamsPersonal(String userId, String tenant, String serviceUrl, String text) {
        JsonObject a = JsonParser.parseString(teamsMessage(text)).getAsJsonObject();
        a.addProperty("id", "act-" + java.util.UUID.randomUUID());
        a.addProperty("serviceUrl", serviceUrl);
        a.addProperty("timestamp", Instant.now().toString());
        JsonObject from = a.getAsJsonObject("from");
        from.addProperty("id", userId);
        from.addProperty("name", "Teammate " + userId);
        a.getAsJsonObject("channelData").getAsJsonObject("tenant").addProperty("id", tenant);
        JsonObject conversation = a.getAsJsonObject("conversation");
        conversation.addProperty("tenantId", tenant);
        conversation.addProperty("id", "a:chat-" + userId);
        return a.toString();
    }

    /** A personal-chat message to the bot in tenant {@code tenant}; its serviceUrl goes nowhere. */
    static String teamsMessage(String text) {
        try {
            JsonObject a = JsonParser.parseString(Files.readString(Fixtures.dir().getParent()
                    .resolve("teams/sdk-fixtures/message.personal.minimal.json"))).getAsJsonObject();
            a.addProperty("text", text);
            a.addProperty("serviceUrl", "http://127.0.0.1:9/");
            JsonObject tenant = new JsonObject();
            tenant.addProperty("id", "tenant-fault");
            JsonObject channelData = new JsonObject();
            channelData.add("tenant", tenant);
            a.add("channelData", channelData);
            a.getAsJsonObject("conversation").addProperty("tenantId", "tenant-fault");
            return a.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
