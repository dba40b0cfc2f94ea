package io.rapport.store.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import redis.embedded.RedisServer;

/**
 * A real Redis for tests: the one at {@code REDIS_URL} when that is set, otherwise an embedded server
 * started once per JVM on a free loopback port and stopped when the JVM exits. Tests share it, so each
 * one works in its own workspace ({@link #newWorkspace()}) and removes it afterwards ({@link #forget}).
 */
public final class TestRedis {

    private static String url;
    private static RedisServer embedded;
    private static RedisClient shared;

    private TestRedis() {
    }

    public static synchronized String url() {
        if (url == null) {
            String configured = System.getenv("REDIS_URL");
            url = configured != null && !configured.isBlank() ? configured.trim() : startEmbedded();
        }
        return url;
    }

    /** True when the tests run against their own embedded server rather than {@code REDIS_URL}. */
    public static synchronized boolean isEmbedded() {
        url();
        return embedded != null;
    }

    /** One client for the whole JVM; do not close it. */
    public static synchronized UnifiedJedis client() {
        if (shared == null) {
            shared = newClient();
        }
        return shared;
    }

    /** A client of its own, e.g. one per simulated scheduler; the caller closes it. */
    public static RedisClient newClient() {
        return RedisClient.create(URI.create(url()));
    }

    public static String newWorkspace() {
        return "test-" + UUID.randomUUID();
    }

    /** Every key of the workspace, found with SCAN (never KEYS, the server may be shared). */
    public static List<String> keysOf(String workspace) {
        return keysOf(client(), workspace);
    }

    /** Also works on a cluster client: the pattern's hash tag sends the SCAN to the workspace's node. */
    public static List<String> keysOf(UnifiedJedis redis, String workspace) {
        return scan(redis, "rapport:{" + workspace + "}:*");
    }

    public static List<String> scan(String pattern) {
        return scan(client(), pattern);
    }

    public static List<String> scan(UnifiedJedis redis, String pattern) {
        List<String> found = new ArrayList<>();
        ScanParams params = new ScanParams().match(pattern).count(1000);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = redis.scan(cursor, params);
            found.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        return found;
    }

    /** Removes the workspace's keys and its registration, so a shared server does not fill with test data. */
    public static void forget(String workspace) {
        forget(client(), workspace);
    }

    public static void forget(UnifiedJedis redis, String workspace) {
        List<String> keys = keysOf(redis, workspace);
        if (!keys.isEmpty()) {
            redis.del(keys.toArray(String[]::new));
        }
        redis.srem(Keys.WORKSPACES, workspace);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static String startEmbedded() {
        IOException last = null;
        // the free port may be taken between finding and binding it; another one is tried then
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            try {
                RedisServer server = RedisServer.newRedisServer()
                        .bind("127.0.0.1")
                        .port(port)
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .build();
                server.start();
                embedded = server;
                Runtime.getRuntime().addShutdownHook(new Thread(TestRedis::stopEmbedded, "embedded-redis-stop"));
                return "redis://127.0.0.1:" + port;
            } catch (IOException e) {
                if (last != null) {
                    e.addSuppressed(last);
                }
                last = e;
            }
        }
        throw new UncheckedIOException("could not start embedded Redis", last);
    }

    private static void stopEmbedded() {
        try {
            embedded.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop embedded Redis", e);
        }
    }
}
