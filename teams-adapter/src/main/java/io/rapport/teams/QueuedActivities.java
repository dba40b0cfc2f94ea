package io.rapport.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import io.rapport.store.redis.inbox.StreamInbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * A message activity as it waits in the {@link TeamsInbox}: the identity its token was validated as (one JSON
 * line) and the body Teams sent, unchanged. The worker runs the turn from both, as the request would have.
 */
final class QueuedActivities {
    private final ConnectorAdapter adapter;
    private final Bot bot;

    QueuedActivities(ConnectorAdapter adapter, Bot bot) {
        this.adapter = adapter;
        this.bot = bot;
    }

    static String encode(ClaimsIdentity identity, byte[] body) {
        ObjectNode who = Serialization.createObjectNode();
        who.put("type", identity.getType());
        who.put("issuer", identity.getIssuer());
        ObjectNode claims = who.putObject("claims");
        identity.claims().forEach(claims::put);
        return Serialization.toStringSilent(who) + "\n" + new String(body, StandardCharsets.UTF_8);
    }

    /** Runs the queued activity's turn on the calling thread; a failure is thrown as the turn threw it. */
    void handle(StreamInbox.Entry entry) {
        String stored = entry.body();
        int split = stored.indexOf('\n');
        if (split < 0) {
            throw new IllegalArgumentException("a queued Teams activity without its identity line");
        }
        ClaimsIdentity identity = identity(stored.substring(0, split));
        Activity activity;
        try {
            activity = ActivityEndpoint.parse(stored.substring(split + 1).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("a queued Teams activity is not valid JSON", e);
        }
        try {
            adapter.process(identity, activity, bot).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static ClaimsIdentity identity(String json) {
        try {
            JsonNode who = Serialization.jsonToTree(json);
            Map<String, String> claims = new HashMap<>();
            who.path("claims").fields().forEachRemaining(f -> claims.put(f.getKey(), f.getValue().asText()));
            return new ClaimsIdentity(text(who, "issuer"), text(who, "type"), claims);
        } catch (IOException e) {
            throw new UncheckedIOException("a queued Teams activity's identity is not valid JSON", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
