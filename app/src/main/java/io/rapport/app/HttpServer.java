package io.rapport.app;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.rapport.app.webchat.ApiError;
import io.rapport.core.port.Store;
import io.rapport.core.port.StoreException;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jetty.http.MimeTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The HTTP face of Rapport: health, readiness, metrics, the web chat, and whatever routes the adapters add.
 * Errors are mapped once here: a person gets a sentence, never a stack trace.
 */
public final class HttpServer implements AutoCloseable {
    /**
     * The largest request body read: Slack's biggest payloads (a message with blocks and files, an interaction
     * on a full App Home) are tens of kilobytes, Teams caps an activity well under this. Javalin reads a body up
     * to the limit, whether its length was declared or it came chunked, and refuses the rest with 413.
     */
    public static final long MAX_BODY = 1024 * 1024;
    static final String TOO_LARGE = "The request body is over 1 MiB, more than Rapport accepts; nothing was read "
            + "or done. Slack and Teams payloads are far smaller: check what sends this.";
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
    private final Javalin javalin;

    public HttpServer(Store store, Metrics metrics, Consumer<RoutesConfig> routes) {
        WebAssets web = WebAssets.load();
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.modifyServer(server -> server.setStopTimeout(10_000));
            config.http.maxRequestSize = MAX_BODY;
            RoutesConfig r = config.routes;
            web.routes(r);
            r.get("/health", ctx -> ctx.result("ok"));
            r.get("/ready", ctx -> {
                boolean up = store.ping();
                ctx.status(up ? 200 : 503).result(up ? "ready" : "not ready: Redis is unreachable");
            });
            r.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.scrape()));
            routes.accept(r);
            r.exception(ApiError.class, (e, ctx) -> error(ctx, metrics, e.status(), e.getMessage()));
            r.exception(HttpResponseException.class, (e, ctx) -> {
                if (e.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode()) {
                    LOG.warn("Refused a body over {} bytes on {} {}", MAX_BODY, ctx.method(), ctx.path());
                    // the rest of the body is never read: the connection cannot carry another request
                    ctx.header("Connection", "close");
                }
                error(ctx, metrics, e.getStatus(), e.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode()
                        ? TOO_LARGE : e.getMessage());
            });
            r.exception(StoreException.class, (e, ctx) -> unavailable(ctx, metrics, e));
            r.exception(JedisException.class, (e, ctx) -> unavailable(ctx, metrics, e));
            r.exception(Exception.class, (e, ctx) -> {
                LOG.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, metrics, 500, "Something went wrong on Rapport's side; it was logged. Try again.");
            });
        });
    }

    /**
     * Initialises Jetty's table of MIME types ahead of the server: its static initialiser reads every locale the
     * JVM knows, about a fifth of the start-up's CPU when profiled. {@link Main} calls this while Redis is still
     * starting, on the thread that later builds the server, so no two threads race to initialise Jetty's classes.
     */
    static void prepare() {
        MimeTypes.DEFAULTS.getMimeByExtension("html");
    }

    private static void unavailable(Context ctx, Metrics metrics, Exception e) {
        LOG.warn("Redis unavailable during {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
        error(ctx, metrics, 503, "Rapport can't reach its storage right now; nothing was saved. Try again in a moment.");
    }

    private static void error(Context ctx, Metrics metrics, int status, String message) {
        metrics.httpError(status);
        ctx.status(status).contentType("application/json; charset=utf-8")
                .result(io.rapport.core.json.CoreJson.gson().toJson(Map.of("error", message)));
    }

    public HttpServer start(int port) {
        javalin.start("0.0.0.0", port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    /** Stops taking requests and lets those in flight finish (up to 10 s). */
    @Override
    public void close() {
        javalin.stop();
    }
}
