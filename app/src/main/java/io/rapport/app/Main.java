package io.rapport.app;

import io.rapport.app.webchat.WebChat;
import io.rapport.app.webchat.WebChatMessenger;
import io.rapport.app.webchat.WebChatStore;
import io.rapport.core.detect.RuleBasedGestureDetector;
import io.rapport.core.detect.RuleBasedTeammateDetector;
import io.rapport.core.engine.Engine;
import io.rapport.core.engine.Scheduler;
import io.rapport.core.rule.Rules;
import io.rapport.core.rulebook.Rulebook;
import io.rapport.core.rulebook.RulebookException;
import io.rapport.core.rulebook.RulebookLoader;
import io.rapport.core.time.DueParser;
import io.rapport.core.port.Messenger;
import io.rapport.slack.SlackAdapter;
import io.rapport.slack.SlackSettings;
import io.rapport.slack.oauth.TokenCipher;
import io.rapport.store.redis.RedisStore;
import io.rapport.teams.SendPolicy;
import io.rapport.teams.TeamsAdapter;
import io.rapport.teams.TeamsSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The composition root: reads the configuration, wires the core to Redis and the adapters, serves HTTP. */
public final class Main implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);
    private static final Duration INTERVAL = Duration.ofMillis(500);
    private final RedisHandle redis;
    private final List<SchedulerLoop> schedulers;
    private final HttpServer http;
    private final Optional<SlackAdapter> slack;
    private final TeamsAdapter teams;

    private Main(RedisHandle redis, List<SchedulerLoop> schedulers, HttpServer http, Optional<SlackAdapter> slack,
                 TeamsAdapter teams) {
        this.redis = redis;
        this.schedulers = schedulers;
        this.http = http;
        this.slack = slack;
        this.teams = teams;
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        Main app;
        try {
            app = start(Config.fromEnv(System.getenv()), Clock.systemUTC());
        } catch (ConfigException | RulebookException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "rapport-shutdown"));
        LOG.info("Rapport is ready on http://localhost:{}/ ({} ms)", app.http.port(),
                (System.nanoTime() - started) / 1_000_000);
    }

    public static Main start(Config config, Clock clock) {
        // an embedded Redis takes a few hundred milliseconds to come up, mostly waiting on its process: meanwhile
        // this thread reads the rulebook and sets up what needs no Redis
        CompletableFuture<RedisHandle> opening = CompletableFuture.supplyAsync(() -> RedisHandle.open(config),
                runnable -> {
                    Thread t = new Thread(runnable, "rapport-redis-open");
                    t.setDaemon(true);
                    t.start();
                });
        Rulebook rulebook;
        Metrics metrics;
        try {
            rulebook = loadRulebook(config);
            LOG.info("Starting Rapport: {}", config);
            metrics = new Metrics();
            HttpServer.prepare();
        } catch (RuntimeException e) {
            // nothing is left running: the Redis being started is stopped before the error is reported
            opening.handle((handle, failed) -> {
                if (handle != null) {
                    handle.close();
                }
                return null;
            }).join();
            throw e;
        }
        RedisHandle redis;
        try {
            redis = opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        try {
            redis.awaitReady(Duration.ofSeconds(10));
            LOG.info("Using {}", redis.description());
            Duration lease = rulebook.delivery().lease();
            if (config.redisCluster() && lease.compareTo(RedisHandle.CLUSTER_RETRY_BUDGET.multipliedBy(2)) < 0) {
                // a delivery starts only with half its lease left; a call stalled through a failover may take the rest
                LOG.warn("The delivery lease ({}) is shorter than twice the time a Redis Cluster call may retry "
                        + "while a master fails over ({}): a nudge being sent at that moment could reach Slack "
                        + "twice. Set delivery.lease in the rulebook to {} or more.", lease,
                        RedisHandle.CLUSTER_RETRY_BUDGET, RedisHandle.CLUSTER_RETRY_BUDGET.multipliedBy(2));
            }
            RedisStore store = new RedisStore(redis.client());
            DueParser due = new DueParser();
            Engine engine = new Engine(store, rulebook, clock, Rules.all(), new RuleBasedGestureDetector(),
                    new RuleBasedTeammateDetector(), (phrase, ref) -> due.resolve(phrase, ref, "en-US"));
            WebChatStore chatStore = new WebChatStore(redis.client(), WebChat.WORKSPACE);
            WebChat webChat = new WebChat(engine, store, chatStore, clock, rulebook.team().timezone());
            webChat.seed();
            Optional<SlackAdapter> slack = slack(config, engine, store, redis, clock);
            Map<String, Messenger> messengers = new HashMap<>();
            messengers.put(WebChat.WORKSPACE, new WebChatMessenger(chatStore, clock));
            slack.ifPresent(s -> messengers.put("slack", s.messenger()));
            TeamsAdapter teams = config.teams()
                    ? new TeamsAdapter(teamsSettings(config), engine, store, redis.client(), clock, metrics,
                    SendPolicy.standard()) : null;
            if (teams != null) {
                messengers.put("teams", teams.messenger());
                metrics.inbox("teams", teams::backlog, teams::deadLettered);
            }
            slack.ifPresent(s -> metrics.inbox("slack", s.inbox()::backlog, s.inbox()::deadLettered));
            List<SchedulerLoop> loops = lanes(messengers, store, engine, clock, metrics);
            HttpServer http = new HttpServer(store, metrics, routes -> {
                webChat.routes(routes);
                slack.ifPresent(s -> s.routes(routes));
                if (teams != null) {
                    teams.routes(routes);
                }
            }).start(config.port());
            slack.ifPresent(SlackAdapter::start);
            if (teams != null) {
                teams.start();
            }
            loops.forEach(SchedulerLoop::start);
            return new Main(redis, loops, http, slack, teams);
        } catch (RuntimeException e) {
            redis.close();
            throw e;
        }
    }

    /**
     * One scheduler per platform, each on its own thread and claiming only its platform's workspaces, so a
     * platform that throttles or hangs delays only its own nudges; one more for workspaces of any other platform
     * (whose sends fail and are retried, as before, until that platform is configured).
     */
    private static List<SchedulerLoop> lanes(Map<String, Messenger> messengers, RedisStore store, Engine engine,
                                             Clock clock, Metrics metrics) {
        RoutingMessenger messenger = new RoutingMessenger(messengers);
        List<SchedulerLoop> loops = new ArrayList<>();
        for (String platform : messengers.keySet()) {
            loops.add(new SchedulerLoop(new Scheduler(store, engine, messenger, clock, metrics,
                    ws -> RoutingMessenger.platformOf(ws).equals(platform)), INTERVAL, platform));
        }
        loops.add(new SchedulerLoop(new Scheduler(store, engine, messenger, clock, metrics,
                ws -> !messengers.containsKey(RoutingMessenger.platformOf(ws))), INTERVAL, "other"));
        return loops;
    }

    /** Slack is on with a signing secret (HTTP) or an app token (Socket Mode); Config checked the rest. */
    private static Optional<SlackAdapter> slack(Config config, Engine engine, RedisStore store, RedisHandle redis,
                                                Clock clock) {
        if (config.slackSigningSecret().isEmpty() && config.slackAppToken().isEmpty()) {
            return Optional.empty();
        }
        SlackSettings settings = slackSettings(config);
        LOG.info("Slack is on: {}, {}", settings.oauth() ? "OAuth installs at GET /slack/install" : "one workspace",
                settings.appToken().isPresent() ? "Socket Mode" : "events at POST /slack/events");
        return Optional.of(SlackAdapter.create(settings, engine, store, redis.client(), clock));
    }

    /** Slack as configured: installations sealed with RAPPORT_SECRET_KEY when set, admins from RAPPORT_ADMINS. */
    static SlackSettings slackSettings(Config config) {
        return new SlackSettings(config.slackSigningSecret().orElse(null), config.slackBotToken(),
                config.slackClientId(), config.slackClientSecret(), config.slackAppToken(), config.slackApiUrl(),
                config.secretKey().map(TokenCipher::fromBase64).orElse(TokenCipher.none()), config.admins());
    }

    static TeamsSettings teamsSettings(Config config) {
        TeamsSettings settings = TeamsSettings.local()
                .withServiceHosts(config.teamsServiceHosts(), !config.production())
                .withAllowedTenants(config.teamsAllowedTenants())
                .withAdmins(config.admins());
        if (config.microsoftAppId().isPresent()) {
            return settings.withCredentials(config.microsoftAppId().get(), config.microsoftAppPassword().orElse(""),
                    config.microsoftAppTenantId().orElse(null));
        }
        LOG.warn("\n*** Teams is UNAUTHENTICATED ***\n"
                + "MICROSOFT_APP_ID is not set, so POST /api/messages accepts activities without a Bot Framework token:\n"
                + "anyone who can reach this port can talk to Rapport as any Teams user. That is for your own machine\n"
                + "(the Microsoft 365 Agents Playground) only. Set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD to\n"
                + "check every request, or RAPPORT_TEAMS=off to turn Teams off.");
        return settings;
    }

    private static Rulebook loadRulebook(Config config) {
        if (config.rulebook() == null) {
            return RulebookLoader.defaults();
        }
        try (Reader reader = Files.newBufferedReader(config.rulebook(), StandardCharsets.UTF_8)) {
            return RulebookLoader.load(reader, config.rulebook().toString());
        } catch (IOException e) {
            throw new ConfigException("RAPPORT_RULEBOOK names " + config.rulebook() + ", which cannot be read: "
                    + e.getMessage());
        }
    }

    public int port() {
        return http.port();
    }

    /** Graceful: stop taking requests, finish in-flight work, give back claimed nudges, close Redis. */
    @Override
    public void close() {
        LOG.info("Rapport is stopping");
        http.close();
        slack.ifPresent(SlackAdapter::close);
        schedulers.forEach(SchedulerLoop::close);
        if (teams != null) {
            teams.close();
        }
        redis.close();
        LOG.info("Rapport stopped");
    }
}
