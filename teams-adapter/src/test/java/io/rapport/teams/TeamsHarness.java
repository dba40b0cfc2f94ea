package io.rapport.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;
import io.javalin.Javalin;
import io.rapport.core.detect.RuleBasedGestureDetector;
import io.rapport.core.engine.Engine;
import io.rapport.core.engine.Scheduler;
import io.rapport.core.rule.ReciprocateRule;
import io.rapport.core.rulebook.RulebookLoader;
import io.rapport.core.testing.MutableClock;
import io.rapport.core.time.DueParser;
import io.rapport.store.redis.Await;
import io.rapport.store.redis.RedisStore;
import io.rapport.store.redis.TestRedis;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running Teams adapter for tests: the real SDK behind a real Javalin server on loopback, the core engine on
 * a real Redis, a scheduler on a clock the test moves, and a {@link FakeConnector} as every activity's
 * serviceUrl. Each harness works in a tenant of its own.
 */
final class TeamsHarness implements AutoCloseable {
    static final Path FIXTURES = findFixtures();
    static final String BOT_ID = "28:rapport-test-bot";
    final String tenant = UUID.randomUUID().toString();
    final String workspace = "teams:" + tenant;
    final FakeConnector connector;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final RedisStore store = new RedisStore(TestRedis.client());
    final Engine engine;
    final TeamsAdapter teams;
    final Scheduler scheduler;
    final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Javalin server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger ids = new AtomicInteger();
    private final boolean worker;

    TeamsHarness() throws IOException {
        this(TeamsSettings.local().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                new SendPolicy(4, Duration.ofMillis(50), Duration.ofMillis(400)));
    }

    TeamsHarness(TeamsSettings settings, SendPolicy policy) throws IOException {
        this(settings, policy, true);
    }

    /** A harness whose inbox worker is not running: activities stay queued until {@link TeamsAdapter#drainActivities}. */
    static TeamsHarness withoutWorker() throws IOException {
        return new TeamsHarness(TeamsSettings.local().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                new SendPolicy(4, Duration.ofMillis(50), Duration.ofMillis(400)), false);
    }

    TeamsHarness(TeamsSettings settings, SendPolicy policy, boolean worker) throws IOException {
        this.worker = worker;
        connector = new FakeConnector();
        DueParser due = new DueParser();
        engine = new Engine(store, RulebookLoader.defaults(), clock, List.of(new ReciprocateRule()),
                new RuleBasedGestureDetector(), (phrase, ref) -> due.resolve(phrase, ref, "en-US"));
        TeamsListener listener = new TeamsListener() {
            @Override
            public void send(String outcome, String detail) {
                counts.computeIfAbsent("send." + outcome, k -> new AtomicInteger()).incrementAndGet();
            }

            @Override
            public void inbound(String type, int status) {
                counts.computeIfAbsent("inbound." + status, k -> new AtomicInteger()).incrementAndGet();
            }
        };
        teams = new TeamsAdapter(settings, engine, store, TestRedis.client(), clock, listener, policy);
        if (worker) {
            teams.start();
        }
        scheduler = new Scheduler(store, engine, teams.messenger(), clock, Scheduler.Listener.NONE);
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            teams.routes(config.routes);
        }).start("127.0.0.1", 0);
    }

    int count(String what) {
        AtomicInteger n = counts.get(what);
        return n == null ? 0 : n.get();
    }

    record Response(int status, String body, Duration took) {
        JsonNode json() throws IOException {
            return Serialization.jsonToTree(body);
        }
    }

    Response post(String body, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + TeamsAdapter.PATH))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (worker && response.statusCode() / 100 == 2) {
            // a message is answered once queued: wait until the worker has handled it, as the tests assert on that
            Await.until("the Teams inbox worker to handle what was queued", () -> teams.backlog() == 0);
        }
        return new Response(response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - start));
    }

    Response post(JsonNode activity) throws IOException, InterruptedException {
        return post(Serialization.toString(activity), null);
    }

    /** {@code shared/fixtures/teams}, found walking up from the working directory (it sits beside the repository). */
    private static Path findFixtures() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : List.of(dir.resolve("shared/fixtures/teams"), dir.resolve("../shared/fixtures/teams"))) {
                if (Files.isDirectory(candidate)) {
                    return candidate.normalize();
                }
            }
        }
        throw new IllegalStateException("shared/fixtures/teams not found above " + Path.of("").toAbsolutePath());
    }

    static String fixture(String relative) throws IOException {
        return Files.readString(FIXTURES.resolve(relative), StandardCharsets.UTF_8);
    }

    // --- activities as Teams sends them ---------------------------------------------------------

    String personalConversation(String userId) {
        return "a:personal-" + userId;
    }

    /** A message typed in the user's personal chat with Rapport. */
    ObjectNode personal(String userId, String name, String text) {
        ObjectNode a = base("message", userId, name);
        a.put("text", text);
        ObjectNode conversation = a.putObject("conversation");
        conversation.put("conversationType", "personal");
        conversation.put("tenantId", tenant);
        conversation.put("id", personalConversation(userId));
        return a;
    }

    /**
     * A message in a team channel; {@code rootId} makes it a reply in that thread. Every {@code <at>Name</at>} in
     * the text gets a mention entity: the bot for {@code <at>Rapport</at>}, else the id in {@code mentioned}.
     */
    ObjectNode channel(String channelId, String rootId, String userId, String name, String text,
                       Map<String, String> mentioned) {
        ObjectNode a = base("message", userId, name);
        a.put("text", text);
        ObjectNode conversation = a.putObject("conversation");
        conversation.put("conversationType", "channel");
        conversation.put("isGroup", true);
        conversation.put("tenantId", tenant);
        conversation.put("id", rootId == null ? channelId : channelId + ";messageid=" + rootId);
        ObjectNode data = a.putObject("channelData");
        data.putObject("channel").put("id", channelId);
        data.putObject("team").put("id", channelId);
        data.putObject("tenant").put("id", tenant);
        ArrayNode entities = a.putArray("entities");
        if (text.contains("<at>Rapport</at>")) {
            mention(entities, BOT_ID, "Rapport");
        }
        mentioned.forEach((id, who) -> mention(entities, id, who));
        return a;
    }

    private static void mention(ArrayNode entities, String id, String name) {
        ObjectNode m = entities.addObject();
        m.put("type", "mention");
        m.put("text", "<at>" + name + "</at>");
        m.putObject("mentioned").put("id", id).put("name", name);
    }

    /** What Teams sends when a person presses an Action.Submit button on a card Rapport sent. */
    ObjectNode submit(String userId, String name, String cardActivityId, JsonNode data) {
        ObjectNode a = personal(userId, name, "");
        a.remove("text");
        a.put("replyToId", cardActivityId);
        a.set("value", data);
        return a;
    }

    private ObjectNode base(String type, String userId, String name) {
        ObjectNode a = Serialization.createObjectNode();
        a.put("type", type);
        a.put("id", "act-" + ids.incrementAndGet() + "-" + UUID.randomUUID());
        a.put("channelId", "msteams");
        a.put("serviceUrl", connector.url());
        a.put("timestamp", clock.instant().toString());
        a.putObject("from").put("id", userId).put("name", name).put("aadObjectId", UUID.randomUUID().toString());
        a.putObject("recipient").put("id", BOT_ID).put("name", "Rapport");
        return a;
    }

    @Override
    public void close() {
        server.stop();
        teams.close();
        connector.close();
        TestRedis.forget(workspace);
        TestRedis.client().del(TeamsInbox.REGISTRY);
    }
}
