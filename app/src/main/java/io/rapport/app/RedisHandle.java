package io.rapport.app;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.UnifiedJedis;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;
import redis.embedded.model.OsArchitecture;
import redis.embedded.util.IO;

/**
 * The Redis Rapport talks to: the one {@code REDIS_URL} names (a server, TLS, or a cluster seed list), or
 * an embedded one that keeps an append-only file under the data directory so nothing is lost across
 * restarts. An embedded server orphaned by an earlier hard kill is stopped before a new one starts.
 */
public final class RedisHandle implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RedisHandle.class);
    private static final String PID_FILE = "redis.pid";
    /**
     * How long one Redis Cluster call keeps retrying (5 attempts, the slot map renewed in between) while a master
     * fails over, before it gives up and the request is answered "try again". Set here rather than left to the
     * client's defaults, because the delivery lease must outlast it (see {@link Main}).
     */
    public static final Duration CLUSTER_RETRY_BUDGET = Duration.ofSeconds(10);
    private static final int CLUSTER_ATTEMPTS = 5;

    private final UnifiedJedis client;
    private final RedisServer embedded;
    private final String description;

    private final Path pidFile;

    private RedisHandle(UnifiedJedis client, RedisServer embedded, String description, Path pidFile) {
        this.client = client;
        this.embedded = embedded;
        this.description = description;
        this.pidFile = pidFile;
    }

    public static RedisHandle open(Config config) {
        if (config.redisUrl() == null) {
            return embedded(config.dataDir());
        }
        if (config.redisCluster()) {
            Set<HostAndPort> seeds = new LinkedHashSet<>();
            Arrays.stream(config.redisUrl().split(",")).map(String::trim).forEach(s -> {
                URI uri = URI.create(s.contains("://") ? s : "redis://" + s);
                seeds.add(new HostAndPort(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort()));
            });
            RedisClusterClient cluster = RedisClusterClient.builder().nodes(seeds).poolConfig(pool())
                    .maxAttempts(CLUSTER_ATTEMPTS).maxTotalRetriesDuration(CLUSTER_RETRY_BUDGET).build();
            return new RedisHandle(cluster, null, "Redis Cluster via " + seeds.size() + " seeds", null);
        }
        URI uri = URI.create(config.redisUrl());
        return new RedisHandle(RedisClient.builder().fromURI(uri).poolConfig(pool()).build(), null,
                "Redis at " + uri.getHost() + ":" + uri.getPort(), null);
    }

    private static RedisHandle embedded(Path dataDir) {
        try {
            Path dir = dataDir.toAbsolutePath().normalize();
            Files.createDirectories(dir);
            stopOrphan(dir);
            int port = freePort();
            RedisServer server = RedisServer.newRedisServer()
                    .executableProvider(() -> bundledBinary(dir.resolve("bin")))
                    .bind("127.0.0.1")
                    .port(port)
                    .setting("dir " + dir)
                    .setting("appendonly yes")
                    .setting("appendfsync everysec")
                    .setting("save \"\"")
                    .setting("pidfile " + dir.resolve(PID_FILE))
                    .onShutdownForceStop(true)
                    .build();
            server.start();
            RedisClient client = RedisClient.builder().hostAndPort("127.0.0.1", port).poolConfig(pool()).build();
            return new RedisHandle(client, server, "embedded Redis on 127.0.0.1:" + port + ", data in " + dir,
                    dir.resolve(PID_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded Redis in " + dataDir
                    + "; set REDIS_URL=redis://host:6379 to use another one", e);
        }
    }

    /**
     * The redis-server bundled for this machine's OS and architecture, written once under the data directory and
     * reused by every later start: writing its 10 MB out of the jar each time took about 300 ms of the start-up.
     * It is written beside its final name and moved there in one step, so a start cut short never leaves half a
     * binary; a new bundled version has a new name.
     */
    static File bundledBinary(Path bin) throws IOException {
        String resource = ExecutableProvider.newProvidedVersionsMap().get(OsArchitecture.detectOSandArchitecture());
        if (resource == null) {
            throw new IOException("no redis-server is bundled for " + System.getProperty("os.name") + " on "
                    + System.getProperty("os.arch") + "; set REDIS_URL=redis://host:6379 to use another Redis");
        }
        Path cached = bin.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        if (Files.isExecutable(cached)) {
            return cached.toFile();
        }
        Files.createDirectories(bin);
        Path staging = Files.createTempDirectory(bin, "writing");
        try {
            File written = IO.writeResourceToExecutableFile(staging.toFile(), resource);
            Files.move(written.toPath(), cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            try (var left = Files.list(staging)) {
                for (Path p : left.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(staging);
        }
        return cached.toFile();
    }

    /** A redis-server left running by a killed Rapport holds our data directory: stop it first. */
    private static void stopOrphan(Path dir) throws IOException {
        Path pidFile = dir.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        String text = Files.readString(pidFile, StandardCharsets.US_ASCII).trim();
        java.time.Instant written = Files.getLastModifiedTime(pidFile).toInstant();
        Files.deleteIfExists(pidFile);
        Optional<ProcessHandle> process;
        try {
            process = ProcessHandle.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return;
        }
        process.filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("redis-server")).orElse(false))
                // a recycled pid belongs to a process that started after the file was written
                .filter(p -> p.info().startInstant().map(start -> !start.isAfter(written.plusSeconds(1)))
                        .orElse(false))
                .ifPresent(p -> {
                    LOG.warn("Stopping an embedded Redis (pid {}) left behind by an earlier run", p.pid());
                    p.destroy(); // SIGTERM: Redis flushes its append-only file and exits
                    try {
                        p.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception timeoutOrInterrupt) {
                        p.destroyForcibly();
                    }
                });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /**
     * Connections per Redis server. Jedis' default of 8 is less than what waits on Redis at once here (Jetty's
     * request threads, {@link SchedulerLoop#DELIVERERS} delivery threads, the adapters' workers): profiled under
     * the Teams ingest benchmark, request threads spent most of their time waiting for a connection.
     */
    static final int POOL = 64;

    private static ConnectionPoolConfig pool() {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(POOL);
        pool.setMaxIdle(POOL);
        return pool;
    }

    public UnifiedJedis client() {
        return client;
    }

    public String description() {
        return description;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        client.close();
        if (embedded != null) {
            try {
                embedded.stop();
                // stopped cleanly: nothing for the next start to clean up
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                LOG.warn("The embedded Redis did not stop cleanly: {}", e.getMessage());
            }
        }
    }

    /** Waits until Redis answers, for start-up. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                client.ping();
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Redis (" + description + ") did not answer within " + timeout, e);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for Redis", ie);
                }
            }
        }
    }
}
