package io.rapport.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;
import io.javalin.Javalin;
import io.rapport.core.detect.RuleBasedGestureDetector;
import io.rapport.core.engine.Engine;
import io.rapport.core.event.Actor;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.model.Person;
import io.rapport.core.rule.ReciprocateRule;
import io.rapport.core.rulebook.RulebookLoader;
import io.rapport.store.redis.RedisStore;
import io.rapport.store.redis.TestRedis;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class StorageDownIT {

    /** Posts the activity to a Teams adapter whose Redis is unreachable. */
    private static HttpResponse<String> postWithRedisDown(ObjectNode activity) throws Exception {
        try (RedisClient dead = RedisClient.create(URI.create("redis://127.0.0.1:" + TestRedis.freePort()))) {
            RedisStore store = new RedisStore(dead);
            Engine engine = new Engine(store, RulebookLoader.defaults(), Clock.systemUTC(),
                    List.of(new ReciprocateRule()), new RuleBasedGestureDetector(), (p, r) -> Optional.empty());
            TeamsAdapter teams = new TeamsAdapter(TeamsSettings.local(), engine, store, dead, Clock.systemUTC(),
                    TeamsListener.NONE, SendPolicy.standard()).start();
            Javalin server = Javalin.create(c -> {
                c.startup.showJavalinBanner = false;
                teams.routes(c.routes);
            }).start("127.0.0.1", 0);
            try {
                return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + server.port() + TeamsAdapter.PATH))
                        .timeout(Duration.ofSeconds(15))
                        .POST(HttpRequest.BodyPublishers.ofString(Serialization.toString(activity))).build(),
                        HttpResponse.BodyHandlers.ofString());
            } finally {
                server.stop();
                teams.close();
            }
        }
    }

    @Test
    void with_redis_unreachable_teams_gets_a_503_so_it_retries_and_nothing_is_sent() throws Exception {
        try (FakeConnector connector = new FakeConnector()) {
            ObjectNode a = Serialization.createObjectNode();
            a.put("type", "message").put("id", "m1").put("channelId", "msteams").put("text", "add Acme")
                    .put("serviceUrl", connector.url());
            a.putObject("from").put("id", "29:alex").put("name", "Alex");
            a.putObject("recipient").put("id", "28:bot");
            a.putObject("conversation").put("id", "a:1").put("conversationType", "personal")
                    .put("tenantId", "t-down");

            HttpResponse<String> r = postWithRedisDown(a);

            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("can't reach its storage"), r.body());
            Thread.sleep(200);
            assertEquals(List.of(), connector.requests());
        }
    }

    @Test
    void a_message_refused_while_redis_was_down_is_handled_once_when_teams_sends_it_again() throws Exception {
        try (TeamsHarness h = TeamsHarness.withoutWorker()) {
            Actor alex = new Actor(new Person("29:alex", "Alex"), false, null);
            h.engine.command(new CommandEvent(h.workspace, alex, null, "add Acme", Map.of(), h.clock.instant()));
            h.engine.command(new CommandEvent(h.workspace, alex, "19:acme", "link acme", Map.of(), h.clock.instant()));
            String customer = h.store.customers(h.workspace).get(0).id();
            ObjectNode thanks = h.channel("19:acme", null, "29:dana", "Dana Lee", "Thanks so much!", Map.of());

            assertEquals(503, postWithRedisDown(thanks).statusCode());
            assertEquals(202, h.post(thanks).status(), "Teams' retry, with Redis back");
            assertEquals(202, h.post(thanks).status(), "and another, its answer having been lost");
            h.teams.drainActivities();

            assertEquals(1, h.store.touches(h.workspace, customer, 10).size());
        }
    }
}
