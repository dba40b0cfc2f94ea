package io.rapport.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;
import io.javalin.Javalin;
import io.rapport.core.detect.RuleBasedGestureDetector;
import io.rapport.core.engine.Engine;
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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class StorageDownIT {

    @Test
    void with_redis_unreachable_teams_gets_a_503_so_it_retries_and_nothing_is_sent() throws Exception {
        try (RedisClient dead = RedisClient.create(URI.create("redis://127.0.0.1:" + TestRedis.freePort()));
             FakeConnector connector = new FakeConnector()) {
            RedisStore store = new RedisStore(dead);
            Engine engine = new Engine(store, RulebookLoader.defaults(), Clock.systemUTC(),
                    List.of(new ReciprocateRule()), new RuleBasedGestureDetector(), (p, r) -> Optional.empty());
            TeamsAdapter teams = new TeamsAdapter(TeamsSettings.local(), engine, store, dead, Clock.systemUTC(),
                    TeamsListener.NONE, SendPolicy.standard());
            Javalin server = Javalin.create(c -> {
                c.startup.showJavalinBanner = false;
                teams.routes(c.routes);
            }).start("127.0.0.1", 0);
            try {
                ObjectNode a = Serialization.createObjectNode();
                a.put("type", "message").put("id", "m1").put("channelId", "msteams").put("text", "add Acme")
                        .put("serviceUrl", connector.url());
                a.putObject("from").put("id", "29:alex").put("name", "Alex");
                a.putObject("recipient").put("id", "28:bot");
                a.putObject("conversation").put("id", "a:1").put("conversationType", "personal")
                        .put("tenantId", "t-down");
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + server.port() + TeamsAdapter.PATH))
                        .timeout(Duration.ofSeconds(15))
                        .POST(HttpRequest.BodyPublishers.ofString(Serialization.toString(a))).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertEquals(503, r.statusCode(), r.body());
                assertTrue(r.body().contains("can't reach its storage"), r.body());
                Thread.sleep(200);
                assertEquals(List.of(), connector.requests());
            } finally {
                server.stop();
                teams.close();
            }
        }
    }
}
