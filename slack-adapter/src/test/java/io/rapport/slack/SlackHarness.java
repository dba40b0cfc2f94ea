package io.rapport.slack;

import com.google.gson.JsonObject;
import io.javalin.Javalin;
import io.rapport.core.detect.RuleBasedGestureDetector;
import io.rapport.core.engine.Engine;
import io.rapport.core.engine.Scheduler;
import io.rapport.core.rule.ReciprocateRule;
import io.rapport.core.rulebook.RulebookLoader;
import io.rapport.core.testing.MutableClock;
import io.rapport.core.time.DueParser;
import io.rapport.slack.http.RequestVerifier;
import io.rapport.store.redis.RedisStore;
import io.rapport.store.redis.TestRedis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rapport's Slack side running for real: a Javalin server with the adapter's routes on a free loopback port, the
 * Bolt app behind it, the core over a real Redis, and the Web API faked by {@link FakeSlack}. Requests are
 * signed the way Slack signs them.
 */
public final class SlackHarness implements AutoCloseable {
    public static final String SECRET = "harness-signing-secret-0123456789";
    public static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    private static final DueParser DUE = new DueParser();
    public final FakeSlack slack = new FakeSlack();
    public final MutableClock clock = new MutableClock(START);
    public final RedisStore store = new RedisStore(TestRedis.client());
    public final Engine engine;
    public final Scheduler scheduler;
    public final SlackAdapter adapter;
    private final Javalin http;
    private final HttpClient client = HttpClient.newHttpClient();
    private final RequestVerifier signer = new RequestVerifier(SECRET, Clock.systemUTC());

    public SlackHarness(String... teams) {
        this(java.util.Set.of(), teams);
    }

    /** With these Slack user ids as admins besides Slack's own (what {@code RAPPORT_ADMINS} lists). */
    public SlackHarness(java.util.Set<String> admins, String... teams) {
        clean(teams);
        engine = new Engine(store, RulebookLoader.defaults(), clock, List.of(new ReciprocateRule()),
                new RuleBasedGestureDetector(), (phrase, ref) -> DUE.resolve(phrase, ref, "en-US"));
        SlackSettings settings = new SlackSettings(SECRET, Optional.of("xoxb-test"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(slack.apiUrl())).withAdmins(admins);
        adapter = SlackAdapter.create(settings, engine, store,
                TestRedis.client(), clock);
        scheduler = new Scheduler(store, engine, adapter.messenger(), clock, Scheduler.Listener.NONE);
        http = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            adapter.routes(config.routes);
        }).start("127.0.0.1", 0);
    }

    /** Removes what earlier runs left: the teams' workspaces and the shared inbox and dedupe keys. */
    public static void clean(String... teams) {
        for (String team : teams) {
            TestRedis.forget(Workspaces.of(team));
        }
        List<String> slackKeys = TestRedis.scan("rapport:{slack}:*");
        if (!slackKeys.isEmpty()) {
            TestRedis.client().del(slackKeys.toArray(String[]::new));
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + http.port() + path;
    }

    public HttpResponse<String> postSigned(byte[] body, String contentType) {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        return post(body, contentType, Map.of(RequestVerifier.TIMESTAMP, ts,
                RequestVerifier.SIGNATURE, signer.sign(ts, body)));
    }

    public HttpResponse<String> post(byte[] body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url("/slack/events")))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        return send(b.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> event(String fixture) {
        return postSigned(Fixtures.bytes(fixture), "application/json");
    }

    public HttpResponse<String> eventJson(String json) {
        return postSigned(json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /** {@code /rapport <text>} as Slack posts it. */
    public HttpResponse<String> command(String team, String user, String channel, String text) {
        String form = "token=x&team_id=" + team + "&team_domain=acme&channel_id=" + channel
                + "&channel_name=c&user_id=" + user + "&user_name=" + user.toLowerCase()
                + "&command=%2Frapport&text=" + enc(text)
                + "&response_url=" + enc("https://hooks.slack.com/commands/" + team + "/1/x")
                + "&trigger_id=1.2.3";
        return postSigned(form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
    }

    /** An interactivity payload, form-encoded as Slack sends it. */
    public HttpResponse<String> interact(JsonObject payload) {
        byte[] form = ("payload=" + enc(payload.toString())).getBytes(StandardCharsets.UTF_8);
        return postSigned(form, "application/x-www-form-urlencoded");
    }

    public int drain() {
        int total = 0;
        for (int n = adapter.drainEvents(); n > 0; n = adapter.drainEvents()) {
            total += n;
        }
        return total;
    }

    /** Runs the scheduler until nothing more is due now. */
    public int tick() {
        int total = 0;
        for (int n = scheduler.runOnce(100); n > 0; n = scheduler.runOnce(100)) {
            total += n;
        }
        return total;
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        http.stop();
        adapter.close();
        slack.close();
    }
}
