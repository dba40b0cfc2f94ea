package io.rapport.teams;

import io.javalin.config.RoutesConfig;
import io.rapport.core.engine.Engine;
import io.rapport.core.port.Messenger;
import io.rapport.core.port.Store;
import io.rapport.store.redis.inbox.InboxWorker;
import io.rapport.store.redis.inbox.StreamInbox;
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
 * Microsoft Teams for Rapport: {@code POST /api/messages}, the inbox worker that handles queued message
 * activities ({@link #start()}), and a {@link Messenger} for nudges and team posts. The Bot Framework SDK stays
 * inside this module.
 */
public final class TeamsAdapter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TeamsAdapter.class);
    public static final String PATH = "/api/messages";
    private final ActivityEndpoint endpoint;
    private final TeamsMessenger messenger;
    private final ExecutorService background;
    private final TeamsInbox inbox;
    private final InboxWorker worker;

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
        this.inbox = new TeamsInbox(redis);
        this.endpoint = new ActivityEndpoint(adapter, bot, new ServiceUrlPolicy(settings.serviceHosts(),
                settings.allowLoopback()), settings.allowedTenants(), listener, inbox, messages);
        QueuedActivities queued = new QueuedActivities(adapter, bot);
        this.worker = new InboxWorker("Teams activity", inbox::all, queued::handle, Duration.ofSeconds(30), 5,
                e -> false);
        this.messenger = new TeamsMessenger(state, sender);
    }

    public void routes(RoutesConfig routes) {
        routes.post(PATH, endpoint::handle);
    }

    public Messenger messenger() {
        return messenger;
    }

    /** Starts the worker that handles queued message activities. */
    public TeamsAdapter start() {
        worker.start();
        return this;
    }

    /** Handles the queued activities now, on the calling thread (tests). */
    public int drainActivities() {
        return worker.drainOnce(null);
    }

    /** Handles again the activities another worker took and did not finish (tests; the worker does it after 30 s). */
    public int retryActivities() {
        return worker.drainOnce(Duration.ZERO);
    }

    /** Activities waiting or being handled, in every workspace's inbox. */
    public long backlog() {
        return inbox.all().stream().mapToLong(StreamInbox::backlog).sum();
    }

    /** Activities set aside because they could not be handled, in every workspace's inbox. */
    public long deadLettered() {
        return inbox.all().stream().mapToLong(StreamInbox::deadLettered).sum();
    }

    /** Lets the activity in hand finish and queued replies go out (up to 10 s), then stops. */
    @Override
    public void close() {
        worker.close();
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
