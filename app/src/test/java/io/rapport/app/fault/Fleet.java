package io.rapport.app.fault;

import io.rapport.app.RapportProcess;
import io.rapport.slack.FakeSlack;
import io.rapport.slack.http.RequestVerifier;
import io.rapport.teams.FakeConnector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What a fault scenario runs against: a Redis it controls, the Slack Web API and the Bot Framework connector
 * faked on loopback, and as many real Rapport processes (the jar) as asked, all on that one Redis, installed in
 * one Slack workspace, with Teams on (unauthenticated, as for local use) for one tenant whose activities name the
 * fake connector as their service URL. Closing it stops the processes, the fakes and Redis.
 */
public final class Fleet implements AutoCloseable {
    public static final String SECRET = "fault-signing-secret";
    public static final String TEAM = "T111";
    public static final String WORKSPACE = "slack:" + TEAM;
    /** The Redis the fleet controls; null when it runs on a Redis of the scenario's own ({@link #on}). */
    public final FaultRedis redis;
    public static final String TENANT = "tenant-fault";
    public static final String TEAMS_WORKSPACE = "teams:" + TENANT;
    private final String redisUrl;
    public final FakeSlack slack = new FakeSlack();
    public final FakeConnector connector;
    private final List<RapportProcess> instances = new ArrayList<>();
    private final Path dir;
    private final Path rulebook;
    private final RequestVerifier signer = new RequestVerifier(SECRET, Clock.systemUTC());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Fleet(Path dir, FaultRedis redis, String redisUrl, Duration lease) throws Exception {
        this.dir = dir;
        this.redis = redis;
        this.redisUrl = redisUrl;
        this.rulebook = dir.resolve("rulebook.json");
        this.connector = new FakeConnector();
        // every hour a working hour (nothing is held for a morning); a short lease so a dead instance's claims
        // come back within the test; a short first retry so a failed send is tried again soon
        Files.writeString(rulebook, "{\"team\": {\"businessHours\": {\"days\": [\"MON\", \"TUE\", \"WED\", \"THU\", "
                + "\"FRI\", \"SAT\", \"SUN\"], \"start\": \"00:00\", \"end\": \"23:59\"}}, "
                + "\"rules\": {\"reciprocate\": {\"delay\": \"PT2S\"}}, "
                + "\"delivery\": {\"lease\": \"" + lease + "\", \"retryInitial\": \"PT1S\", \"retryMax\": \"PT5S\"}}");
        slack.user("U1", "Alex", TEAM, "Europe/Paris", true);
        slack.user("W222", "Dana", "T_ACME", "America/New_York", false);
    }

    /** A fleet on a fresh Redis under {@code dir}. */
    public static Fleet start(Path dir, boolean aof, Duration lease) throws Exception {
        FaultRedis redis = FaultRedis.start(dir.resolve("redis"), aof);
        return new Fleet(dir, redis, redis.url(), lease);
    }

    /** A fleet on a Redis the scenario runs itself, e.g. a cluster's seed list; closing the fleet leaves it running. */
    public static Fleet on(Path dir, String redisUrl, Duration lease) throws Exception {
        return new Fleet(dir, null, redisUrl, lease);
    }

    /** Starts one more Rapport process on the fleet's Redis and fake Slack, and waits until it is ready. */
    public RapportProcess startInstance() throws Exception {
        RapportProcess p = RapportProcess.start(dir.resolve("data-" + instances.size()), rulebook,
                Map.of("REDIS_URL", redisUrl, "SLACK_SIGNING_SECRET", SECRET, "SLACK_BOT_TOKEN", "xoxb-fault",
                        "SLACK_API_URL", slack.apiUrl()));
        instances.add(p);
        return p;
    }

    public List<RapportProcess> instances() {
        return List.copyOf(instances);
    }

    /** A signed request to {@code /slack/events}, as Slack sends it; {@code retry} &gt; 0 adds X-Slack-Retry-Num. */
    public HttpResponse<String> slackPost(RapportProcess to, byte[] body, String type, int retry) throws Exception {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port + "/slack/events"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", type).header(RequestVerifier.TIMESTAMP, ts)
                .header(RequestVerifier.SIGNATURE, signer.sign(ts, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (retry > 0) {
            b.header("X-Slack-Retry-Num", String.valueOf(retry)).header("X-Slack-Retry-Reason", "http_error");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A Teams user's message in their personal chat with Rapport, as the connector delivers it. */
    public HttpResponse<String> teamsSays(RapportProcess to, String userId, String text) throws Exception {
        return post(to, "/api/messages", "application/json",
                Payloads.teamsPersonal(userId, TENANT, connector.url(), text));
    }

    public HttpResponse<String> post(RapportProcess to, String path, String type, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until {@code done} or the timeout; false on timeout (the scenario then reports what it has). */
    public static boolean await(Duration timeout, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /** How many nudges each instance says it delivered (its {@code rapport_nudges_delivered_total}). */
    public List<Long> deliveredPerInstance() throws Exception {
        List<Long> out = new ArrayList<>();
        for (RapportProcess p : instances) {
            long n = -1;
            if (p.isAlive()) {
                for (String line : p.get("/metrics").body().split("\n")) {
                    if (line.startsWith("rapport_nudges_delivered_total")) {
                        n = (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    }
                }
            }
            out.add(n);
        }
        return out;
    }

    /** Waits until Slack has received at least {@code n} messages; false on timeout. */
    public boolean awaitPosted(int n, Duration timeout) throws InterruptedException {
        return await(timeout, () -> slack.calls("chat.postMessage").size() >= n);
    }

    @Override
    public void close() throws Exception {
        for (RapportProcess p : instances) {
            if (p.isAlive()) {
                p.kill();
            }
        }
        slack.close();
        connector.close();
        if (redis != null) {
            redis.close();
        }
    }
}
