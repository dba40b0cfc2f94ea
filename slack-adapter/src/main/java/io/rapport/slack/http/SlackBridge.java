package io.rapport.slack.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import io.rapport.core.port.StoreException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Javalin to Bolt: the request as Slack sent it (the byte-exact body, every header with all its values, the
 * path, the query and the caller's address) goes to {@code App.run}, and Bolt's response comes back unchanged.
 * Signed requests are verified here, over the raw bytes, before Bolt sees them; anything unsigned, stale or
 * tampered with gets a bare 401.
 */
public final class SlackBridge {
    private static final Logger LOG = LoggerFactory.getLogger(SlackBridge.class);
    static final String MALFORMED = "This is not a payload Slack sends (an event, a slash command or an interaction);"
            + " nothing was done.";
    private final App app;
    private final RequestVerifier verifier;
    private final SlackRequestParser parser;

    public SlackBridge(App app, RequestVerifier verifier) {
        this.app = app;
        this.verifier = verifier;
        this.parser = new SlackRequestParser(app.config());
    }

    /** {@code POST /slack/events}: events, slash commands, interactivity, url_verification. */
    public void signed(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        List<String> timestamps = Collections.list(ctx.req().getHeaders(RequestVerifier.TIMESTAMP));
        List<String> signatures = Collections.list(ctx.req().getHeaders(RequestVerifier.SIGNATURE));
        // two signatures or timestamps: which one Bolt would read is not ours to guess
        if (timestamps.size() != 1 || signatures.size() != 1
                || !verifier.verify(timestamps.get(0), signatures.get(0), body)) {
            ctx.status(401).result("");
            return;
        }
        run(ctx, body);
    }

    /** OAuth install and redirect pages: plain browser requests, not signed by Slack. */
    public void unsigned(Context ctx) {
        run(ctx, ctx.bodyAsBytes());
    }

    private void run(Context ctx, byte[] body) {
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(ctx.path())
                    .queryString(ctx.queryParamMap())
                    .requestBody(new String(body, StandardCharsets.UTF_8))
                    .headers(new RequestHeaders(headers(ctx)))
                    .remoteAddress(ctx.req().getRemoteAddr())
                    .build());
        } catch (RuntimeException e) {
            // signed, yet not a payload Slack sends (cut short, nested past Gson's limit, a field of the wrong type)
            LOG.warn("Refused a signed Slack request Bolt cannot read: {}", e.getClass().getSimpleName());
            ctx.status(400).result(MALFORMED);
            return;
        }
        if (request == null) {
            ctx.status(400).result(MALFORMED);
            return;
        }
        Response response;
        try {
            response = app.run(request);
        } catch (JedisException | StoreException e) {
            // Slack retries a 5xx: nothing that was not stored is acknowledged
            LOG.warn("Redis unavailable for a Slack request; answering 503 so Slack retries: {}", e.getMessage());
            ctx.status(503).result("");
            return;
        } catch (Exception e) {
            LOG.error("A Slack request failed", e);
            ctx.status(500).result("");
            return;
        }
        write(ctx, response);
    }

    private static Map<String, List<String>> headers(Context ctx) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name, Collections.list(ctx.req().getHeaders(name)));
        }
        return headers;
    }

    private static void write(Context ctx, Response response) {
        ctx.status(response.getStatusCode() == null ? 200 : response.getStatusCode());
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> values.forEach(v -> ctx.res().addHeader(name, v)));
        }
        if (response.getContentType() != null) {
            ctx.contentType(response.getContentType());
        }
        String body = response.getBody();
        ctx.result(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }
}
