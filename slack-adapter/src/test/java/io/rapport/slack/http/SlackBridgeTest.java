package io.rapport.slack.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bridge against a bare Bolt app whose only middleware records what Bolt was given. */
class SlackBridgeTest {
    private static final String SECRET = "bridge-test-secret";
    private final AtomicReference<Request<?>> seen = new AtomicReference<>();
    private final RequestVerifier signer = new RequestVerifier(SECRET, Clock.systemUTC());
    private final Javalin http;

    SlackBridgeTest() {
        AppConfig config = AppConfig.builder().signingSecret(SECRET).singleTeamBotToken(null)
                .requestVerificationEnabled(false).ignoringSelfEventsEnabled(false).build();
        List<Middleware> middleware = new ArrayList<>();
        middleware.add((req, resp, chain) -> {
            seen.set(req);
            Response r = Response.builder().statusCode(201).contentType("application/json; charset=utf-8")
                    .body("{\"echo\":\"" + req.getRequestBodyAsString().length() + " chars, é\"}")
                    .headers(Map.of("X-Rapport", List.of("one", "two"))).build();
            return r;
        });
        SlackBridge bridge = new SlackBridge(new App(config, config.getSlack(), middleware),
                new RequestVerifier(SECRET, Clock.systemUTC()));
        http = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.routes.post("/slack/events", bridge::signed);
        }).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        http.stop();
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String query, byte[] body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + "/slack/events" + query))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpRequest.Builder signed(String query, byte[] body) {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        return request(query, body).header(RequestVerifier.TIMESTAMP, ts)
                .header(RequestVerifier.SIGNATURE, signer.sign(ts, body));
    }

    @Test
    void bolt_gets_the_exact_body_every_header_value_the_path_the_query_and_the_caller() throws Exception {
        String json = "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"team_id\":\"T1\","
                + "\"event\":{\"type\":\"message\",\"text\":\"Danke schön — 🎉 &lt;ok&gt;\"}}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = send(signed("?mode=a&mode=b&x=%C3%A9", body)
                .header("X-Slack-Retry-Num", "2").header("X-Multi", "first").header("X-Multi", "second"));

        assertEquals(201, response.statusCode());
        assertEquals("{\"echo\":\"" + json.length() + " chars, é\"}", response.body());
        assertEquals(List.of("one", "two"), response.headers().allValues("X-Rapport"));
        Request<?> r = seen.get();
        assertEquals(json, r.getRequestBodyAsString());
        assertEquals("2", r.getHeaders().getFirstValue("x-slack-retry-num"));
        assertEquals(List.of("first", "second"), r.getHeaders().getMultipleValues("x-multi"));
        assertEquals(List.of("a", "b"), r.getQueryString().get("mode"));
        assertEquals(List.of("é"), r.getQueryString().get("x"));
        assertEquals("127.0.0.1", r.getClientIpAddress());
    }

    @Test
    void unsigned_stale_future_and_doubly_signed_requests_get_a_bare_401_and_never_reach_bolt() throws Exception {
        byte[] body = "{\"type\":\"url_verification\",\"challenge\":\"c\"}".getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();
        List<HttpRequest.Builder> bad = List.of(
                request("", body),
                request("", body).header(RequestVerifier.TIMESTAMP, String.valueOf(now)),
                request("", body).header(RequestVerifier.SIGNATURE, signer.sign(String.valueOf(now), body)),
                request("", body).header(RequestVerifier.TIMESTAMP, String.valueOf(now - 400))
                        .header(RequestVerifier.SIGNATURE, signer.sign(String.valueOf(now - 400), body)),
                request("", body).header(RequestVerifier.TIMESTAMP, String.valueOf(now + 400))
                        .header(RequestVerifier.SIGNATURE, signer.sign(String.valueOf(now + 400), body)),
                signed("", body).header(RequestVerifier.SIGNATURE, "v0=00"),
                request("", body).header(RequestVerifier.TIMESTAMP, String.valueOf(now))
                        .header(RequestVerifier.SIGNATURE, new RequestVerifier("wrong", Clock.systemUTC())
                                .sign(String.valueOf(now), body)));
        for (HttpRequest.Builder b : bad) {
            HttpResponse<String> response = send(b);
            assertEquals(401, response.statusCode());
            assertEquals("", response.body());
        }
        assertEquals(null, seen.get());
    }
}
