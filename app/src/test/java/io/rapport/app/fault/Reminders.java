package io.rapport.app.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonObject;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Person;
import io.rapport.core.model.Tier;
import io.rapport.core.port.Change;
import io.rapport.slack.FakeSlack;
import io.rapport.store.redis.RedisStore;
import io.rapport.teams.AdaptiveCards;
import io.rapport.teams.FakeConnector;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;

/**
 * Reminders planted straight into the fleet's Redis, each for a different teammate (so Slack's per-channel pace
 * never slows a scenario), and the tally of what reached the fake Slack: each message carries its idempotency
 * key ({@code <nudge id>#<delivery>}) in its metadata, which is what is counted. In Teams, the nudge id on the
 * card's Done button is.
 */
public final class Reminders {
    private Reminders() {
    }

    /** How many reminders a scenario plants: {@code -Drapport.fault.reminders} or RAPPORT_FAULT_REMINDERS, else the default. */
    public static int count(int fallback) {
        String v = System.getProperty("rapport.fault.reminders", System.getenv("RAPPORT_FAULT_REMINDERS"));
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
    }

    /** Plants {@code n} reciprocate reminders due at {@code due} in the fleet's workspace; returns their keys. */
    public static List<String> plant(FaultRedis redis, int n, Instant due) {
        try (RedisClient client = redis.client()) {
            return plant(client, n, i -> due);
        }
    }

    /** Plants {@code n} reminders through {@code redis} (a server or a cluster), reminder i due at {@code due(i)}. */
    public static List<String> plant(UnifiedJedis redis, int n, IntFunction<Instant> due) {
        return plant(redis, Fleet.WORKSPACE, "f", n, due, i -> new Person("U" + (1000 + i), "Teammate " + i))
                .stream().map(id -> id + "#1").toList();
    }

    /**
     * Plants {@code n} reciprocate reminders in {@code workspace}, the i-th due at {@code first + i * spacing} for
     * {@code to.apply(i)}, with ids {@code prefix + i}; returns the ids.
     */
    public static List<String> plant(FaultRedis redis, String workspace, String prefix, int n, Instant first,
                                     Duration spacing, IntFunction<Person> to) {
        try (RedisClient client = redis.client()) {
            return plant(client, workspace, prefix, n, i -> first.plus(spacing.multipliedBy(i)), to);
        }
    }

    private static List<String> plant(UnifiedJedis redis, String workspace, String prefix, int n,
                                      IntFunction<Instant> due, IntFunction<Person> to) {
        List<String> ids = new ArrayList<>();
        RedisStore store = new RedisStore(redis);
        Instant now = Instant.now();
        List<Change> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = prefix + i;
            // ten reminders per customer, as a team would have: a card lists its customer's other nudges
            String customer = prefix + "c" + i / 10;
            if (i % 10 == 0) {
                batch.add(new Change.PutCustomer(new Customer(customer, "Customer " + i / 10, Tier.KEY,
                        new Person("U1", "Alex"), List.of(), List.of(), now)));
            }
            batch.add(new Change.PutNudge(new Nudge(id, customer, "reciprocate", "reciprocate:" + customer + ":" + i,
                    to.apply(i), NudgeState.SCHEDULED, due.apply(i), now, 0, 0,
                    Map.of("gesture", "thanks"), null, null)));
            ids.add(id);
            if (batch.size() >= 250) {
                store.commit(workspace, List.of(), batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            store.commit(workspace, List.of(), batch);
        }
        return ids;
    }

    /**
     * How many times each idempotency key is in a Slack channel: what people see (a call Slack refused with a
     * 429 or a 500 left nothing behind).
     */
    public static Map<String, Integer> arrived(FakeSlack slack) {
        Map<String, Integer> out = new HashMap<>();
        for (JsonObject m : slack.posted()) {
            String key = !m.has("metadata") ? "(no key)"
                    : m.getAsJsonObject("metadata").getAsJsonObject("event_payload").get("key").getAsString();
            out.merge(key, 1, Integer::sum);
        }
        return out;
    }

    /**
     * How many times each nudge reached a Teams chat, by the nudge id its Done button carries (Teams messages have
     * no metadata of their own); other messages (answers to commands) are not counted.
     */
    public static Map<String, Integer> arrived(List<FakeConnector.Request> delivered) {
        Map<String, Integer> out = new HashMap<>();
        for (FakeConnector.Request r : delivered) {
            for (JsonNode action : r.card().path("actions")) {
                if (action.path("data").path(AdaptiveCards.ACTION).asText().equals("done")) {
                    out.merge(action.path("data").path(AdaptiveCards.VALUE).asText(), 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /** Sent, arrived, lost and duplicated for the expected keys; printed by every scenario. */
    public record Tally(int sent, int arrived, int lost, int duplicated, int unexpected) {
        public static Tally of(List<String> expected, Map<String, Integer> arrived) {
            int got = 0;
            int dup = 0;
            for (String k : expected) {
                int c = arrived.getOrDefault(k, 0);
                got += c > 0 ? 1 : 0;
                dup += Math.max(0, c - 1);
            }
            Map<String, Integer> extra = new TreeMap<>(arrived);
            expected.forEach(extra::remove);
            return new Tally(expected.size(), got, expected.size() - got, dup,
                    extra.values().stream().mapToInt(Integer::intValue).sum());
        }

        public String line(String scenario) {
            return String.format("[fault] %s: sent %d, arrived %d, lost %d, duplicated %d, unexpected %d",
                    scenario, sent, arrived, lost, duplicated, unexpected);
        }
    }
}
