package io.rapport.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.javalin.config.RoutesConfig;
import io.rapport.core.engine.Engine;
import io.rapport.core.port.Store;
import io.rapport.slack.http.RequestVerifier;
import io.rapport.slack.http.SlackBridge;
import io.rapport.slack.oauth.ClearTokenSweep;
import io.rapport.slack.oauth.RedisInstallations;
import io.rapport.slack.oauth.RedisOAuthState;
import io.rapport.slack.web.Pacer;
import io.rapport.slack.web.ResponseUrls;
import io.rapport.slack.web.SlackApi;
import io.rapport.slack.web.SlackCallException;
import io.rapport.slack.web.Sleeper;
import io.rapport.store.redis.inbox.InboxWorker;
import io.rapport.store.redis.inbox.StreamInbox;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import redis.clients.jedis.UnifiedJedis;

/**
 * Rapport in Slack, put together: the Bolt app behind {@code POST /slack/events}, the event inbox and its
 * worker, the messenger the scheduler delivers nudges with, and the App Home.
 *
 * <p>Bolt routes and parses; what it would otherwise do on its own is switched off on purpose: signatures are
 * verified by {@link RequestVerifier} (stricter), tokens come from {@link Installations} (no {@code auth.test}
 * on the request path), and every event goes to the inbox before it is acknowledged.
 *
 * <p>{@code clock} is the core's (business) time; signature freshness and pacing always use real time.
 */
public final class SlackAdapter implements AutoCloseable {
    /** Every workspace's events, in one stream: Slack's own rate limits keep it small. */
    static final String INBOX = "rapport:{slack}:events";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SlackAdapter.class);
    private static final Pattern ANY = Pattern.compile(".*");
    private final App app;
    private final SlackBridge bridge;
    private final SlackMessenger messenger;
    private final StreamInbox inbox;
    private final InboxWorker worker;
    private final EventProcessor processor;
    private final ExecutorService pool;
    private final boolean oauth;
    private final java.util.Optional<String> appToken;
    /** Seals installations stored clear before RAPPORT_SECRET_KEY was set; null when there is nothing to seal. */
    private final Runnable sealClearTokens;
    private SocketModeApp socketMode;

    private SlackAdapter(App app, SlackBridge bridge, SlackMessenger messenger, StreamInbox inbox,
                         EventProcessor processor, ExecutorService pool, SlackSettings settings,
                         Runnable sealClearTokens) {
        this.sealClearTokens = sealClearTokens;
        this.oauth = settings.oauth();
        this.appToken = settings.appToken();
        this.app = app;
        this.bridge = bridge;
        this.messenger = messenger;
        this.inbox = inbox;
        this.processor = processor;
        this.pool = pool;
        this.worker = new InboxWorker("Slack event", () -> List.of(inbox), e -> processor.process(e.body()),
                Duration.ofSeconds(30), 5, e -> e instanceof SlackCallException s && s.permanent());
    }

    /** The bot scopes the OAuth install asks for: the same list as config/slack/manifest.yml. */
    public static final String BOT_SCOPES = "app_mentions:read,channels:history,channels:read,chat:write,commands,"
            + "groups:history,groups:read,im:history,im:write,mpim:history,users:read";

    public static SlackAdapter create(SlackSettings settings, Engine engine, Store store, UnifiedJedis redis,
                                      Clock clock) {
        InstallAudit audit = new InstallAudit(store, clock);
        RedisInstallations stored = new RedisInstallations(redis, settings.cipher(), audit::installed);
        // OAuth installs first; SLACK_BOT_TOKEN answers for a workspace that has none
        Installations installations = settings.botToken().isEmpty() ? stored
                : team -> stored.botToken(team).or(settings::botToken);
        Slack slack = Slack.getInstance(slackConfig(settings));
        SlackApi api = new SlackApi(slack, installations, new Pacer(Clock.systemUTC(), 1.0, 3), Sleeper.REAL,
                new ResponseUrls(settings.apiUrl().map(SlackAdapter::origin).orElse(null)));
        UserDirectory users = new UserDirectory(redis, api, settings.admins());
        SlackMessenger messenger = new SlackMessenger(redis, api);
        AppHome home = new AppHome(engine, store, users, api, clock);
        StreamInbox inbox = new StreamInbox(redis, INBOX, Duration.ofHours(6));
        EventProcessor processor = new EventProcessor(engine, store, users, messenger, api, home, redis,
                (team, event) -> {
                    stored.forgetTokens(team);
                    audit.uninstalled(team, event);
                }, clock);
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "rapport-slack");
            t.setDaemon(true);
            return t;
        });
        Interactions interactions = new Interactions(engine, users, api, home,
                new Budget(pool, Duration.ofMillis(2500)), clock);

        AppConfig config = AppConfig.builder()
                .slack(slack)
                .signingSecret(settings.signingSecret())
                .singleTeamBotToken(null)
                .clientId(settings.clientId().orElse(null)).clientSecret(settings.clientSecret().orElse(null))
                .redirectUri(null).scope(BOT_SCOPES).userScope(null)
                .appPath("/slack/").oauthInstallPath("install").oauthRedirectUriPath("oauth_redirect")
                .oAuthInstallPathEnabled(settings.oauth()).oAuthRedirectUriPathEnabled(settings.oauth())
                .requestVerificationEnabled(false)
                .ignoringSelfEventsEnabled(false)
                .build();
        List<Middleware> middleware = new ArrayList<>();
        middleware.add(new SSLCheck(null));
        middleware.add(inboxFirst(inbox));
        App app = new App(config, slack, middleware);
        // every command is Rapport's grammar: the manifest names it /rapport, a team may rename it
        app.command(ANY, interactions::command);
        app.blockAction(ANY, interactions::action);
        app.viewSubmission(ANY, (req, ctx) -> ctx.ack());
        app.viewClosed(ANY, (req, ctx) -> ctx.ack());
        if (settings.oauth()) {
            app.service(stored);
            app.service(new RedisOAuthState(redis));
        }
        // Socket Mode alone needs no signing secret; then nothing is served over HTTP
        SlackBridge bridge = settings.signingSecret() == null ? null
                : new SlackBridge(app, new RequestVerifier(settings.signingSecret(), Clock.systemUTC()));
        Runnable seal = settings.oauth() && settings.cipher().encrypts() ? () -> {
            int sealed = ClearTokenSweep.run(redis, stored);
            LOG.info("Slack installations stored clear and now encrypted with RAPPORT_SECRET_KEY: {}", sealed);
        } : null;
        return new SlackAdapter(app, bridge, messenger, inbox, processor, pool, settings, seal);
    }

    /** Events are stored (and retries recognised) before Slack hears back; the worker does the rest. */
    private static Middleware inboxFirst(StreamInbox inbox) {
        return (req, resp, chain) -> {
            if (req.getRequestType() != RequestType.Event) {
                return chain.next(req);
            }
            String body = req.getRequestBodyAsString();
            JsonObject envelope = JsonParser.parseString(body).getAsJsonObject();
            String team = EventProcessor.installingTeam(envelope);
            String eventId = EventProcessor.str(envelope, "event_id");
            String workspace = Workspaces.of(team);
            inbox.accept(eventId == null || eventId.isEmpty() ? null : "rapport:{slack}:seen:" + workspace + ":" + eventId,
                    workspace, eventId, body);
            return Response.ok();
        };
    }

    static SlackConfig slackConfig(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        settings.apiUrl().ifPresent(url -> config.setMethodsEndpointUrlPrefix(url.endsWith("/") ? url : url + "/"));
        config.setHttpClientCallTimeoutMillis(15_000);
        return config;
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority() + "/";
    }

    public void routes(RoutesConfig routes) {
        if (bridge == null) {
            return;
        }
        routes.post("/slack/events", bridge::signed);
        if (oauth) {
            routes.get("/slack/install", bridge::unsigned);
            routes.get("/slack/oauth_redirect", bridge::unsigned);
        }
    }

    public SlackAdapter start() {
        if (sealClearTokens != null) {
            Thread sweep = new Thread(() -> {
                try {
                    sealClearTokens.run();
                } catch (RuntimeException e) {
                    // each token is still sealed when it is next read
                    LOG.warn("Could not encrypt the Slack installations stored clear: {}", e.getMessage());
                }
            }, "rapport-seal-tokens");
            sweep.setDaemon(true);
            sweep.start();
        }
        inbox.ensureGroup();
        worker.start();
        appToken.ifPresent(this::startSocketMode);
        return this;
    }

    /**
     * Socket Mode: Slack sends the same requests over a WebSocket the app opens (no public URL). They reach the
     * same Bolt app; a request that fails (Redis down) is not acknowledged, so Slack sends it again.
     */
    private void startSocketMode(String token) {
        try {
            socketMode = new SocketModeApp(token, app, SocketModeClient.Backend.Tyrus, 4);
            socketMode.startAsync();
        } catch (Exception e) {
            throw new IllegalStateException("Socket Mode could not connect to Slack with SLACK_APP_TOKEN: "
                    + e.getMessage(), e);
        }
    }

    public boolean socketModeConnected() {
        return socketMode != null && socketMode.getClient() != null && socketMode.getClient().verifyConnection();
    }

    public SlackMessenger messenger() {
        return messenger;
    }

    public App app() {
        return app;
    }

    public StreamInbox inbox() {
        return inbox;
    }

    /** Handles what waits in the inbox now, on the calling thread (tests). */
    public int drainEvents() {
        return worker.drainOnce(null);
    }

    /** Handles again the events whose handling failed (tests; the worker does it by itself after 30 s). */
    public int retryEvents() {
        return worker.drainOnce(Duration.ZERO);
    }

    @Override
    public void close() {
        if (socketMode != null) {
            try {
                socketMode.close();
            } catch (Exception e) {
                LOG.warn("Socket Mode did not close cleanly: {}",
                        e.getMessage());
            }
        }
        worker.close();
        pool.shutdown();
        app.stop();
    }
}
