package io.rapport.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.embedded.RedisServer;

/**
 * A Redis of the benchmarks' own on loopback, so nothing else's keys or load skews the figures: Debian's
 * redis-server when installed (the version a team would run), else the embedded one. No persistence.
 */
final class BenchRedis implements AutoCloseable {
    private final Process system;
    private final RedisServer embedded;
    final int port;
    final String version;
    final UnifiedJedis client;

    private BenchRedis(Process system, RedisServer embedded, int port) throws InterruptedException {
        this.system = system;
        this.embedded = embedded;
        this.port = port;
        UnifiedJedis c = null;
        for (int i = 0; i < 100 && c == null; i++) {
            try {
                // a long read timeout: FLUSHALL of a million keys on a busy shared machine takes seconds
                // as many connections as the jar's RedisHandle keeps, for the dispatch bench's delivery threads
                redis.clients.jedis.ConnectionPoolConfig pool = new redis.clients.jedis.ConnectionPoolConfig();
                pool.setMaxTotal(64);
                pool.setMaxIdle(64);
                UnifiedJedis attempt = RedisClient.builder().hostAndPort("127.0.0.1", port).poolConfig(pool)
                        .clientConfig(DefaultJedisClientConfig.builder().socketTimeoutMillis(120_000).build()).build();
                attempt.ping();
                c = attempt;
            } catch (RuntimeException notYet) {
                Thread.sleep(50);
            }
        }
        if (c == null) {
            throw new IllegalStateException("the benchmark Redis did not start on port " + port);
        }
        this.client = c;
        String info = c.info("server");
        this.version = info.lines().filter(l -> l.startsWith("redis_version:")).findFirst()
                .map(l -> l.substring("redis_version:".length())).orElse("?")
                + (system != null ? " (redis-server)" : " (embedded)");
    }

    static BenchRedis start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path binary = Path.of("/usr/bin/redis-server");
        if (Files.isExecutable(binary)) {
            Process p = new ProcessBuilder(binary.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return new BenchRedis(p, null, port);
        }
        RedisServer server = RedisServer.newRedisServer().bind("127.0.0.1").port(port)
                .setting("save \"\"").setting("appendonly no").build();
        server.start();
        return new BenchRedis(null, server, port);
    }

    /** Every key matching {@code pattern}, by SCAN (never KEYS, which blocks the server). */
    static java.util.List<String> scan(UnifiedJedis client, String pattern) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        String cursor = redis.clients.jedis.params.ScanParams.SCAN_POINTER_START;
        var params = new redis.clients.jedis.params.ScanParams().match(pattern).count(1000);
        do {
            var page = client.scan(cursor, params);
            keys.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!cursor.equals(redis.clients.jedis.params.ScanParams.SCAN_POINTER_START));
        return keys;
    }

    @Override
    public void close() throws IOException {
        client.close();
        if (system != null) {
            system.destroy();
        }
        if (embedded != null) {
            embedded.stop();
        }
    }
}
