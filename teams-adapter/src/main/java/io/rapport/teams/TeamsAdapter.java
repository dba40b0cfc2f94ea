package io.rapport.teams;

import io.javalin.config.RoutesConfig;
import io.rapport.core.engine.Engine;
import io.rapport.core.port.Messenger;
import io.rapport.core.port.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * Microsoft Teams for Rapport: {@code POST /api/messages} and a {@link Messenger} for nudges and team posts.
 * The Bot Framework SDK stays inside this module.
 */
public final class TeamsAdapter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TeamsAdapter.class);
    public static final String PATH = "/api/messages";
    private final ActivityEndpoint endpoint;
    private final TeamsMessenger messenger;
    private final ExecutorService background;

    public TeamsAdapter(TeamsSettings settings, Engine engine, Store store, UnifiedJedis redis, Clock clock,
                        TeamsListener listener, SendPolicy policy) {
        AtomicInteger threads = new AtomicInteger();
        this.background = new ThreadPoolExecutor(4, 4, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "rapport-teams-send-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        TeamsState state = new TeamsState(redis);
        ConnectorAdapter adapter = new ConnectorAdapter(settings);
        Duration perCall = settings.connectTimeout().plus(settings.readTimeout()).plusSeconds(1);
        ConnectorSender sender = new ConnectorSender(adapter, state, RateLimiter.teams(), policy, listener, background,
                perCall);
        MessageHandler messages = new MessageHandler(engine, store, state, sender, clock, settings.admins());
        TeamsBot bot = new TeamsBot(messages, state, sender, store, clock);
        this.endpoint = new ActivityEndpoint(adapter, bot, new ServiceUrlPolicy(settings.serviceHosts(),
                settings.allowLoopback()), settings.allowedTenants(), listener);
        this.messenger = new TeamsMessenger(state, sender);
    }

    public void routes(RoutesConfig routes) {
        routes.post(PATH, endpoint::handle);
    }

    public Messenger messenger() {
        return messenger;
    }

    /** Lets queued replies go out (up to 10 s), then stops. */
    @Override
    public void close() {
        background.shutdown();
        try {
            if (!background.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Teams replies still queued at shutdown were dropped: {}", background.shutdownNow().size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
