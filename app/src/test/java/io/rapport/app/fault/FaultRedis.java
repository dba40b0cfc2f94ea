package io.rapport.app.fault;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.RedisClient;
import redis.embedded.RedisServer;

/**
 * A Redis the fault tests own: Debian's {@code redis-server} as a child process when the machine has one (so it
 * can be killed with SIGKILL), else the embedded one. It keeps its port and data directory across
 * {@link #stop()} / {@link #start()}, so a restart is the same server coming back, with its AOF when asked.
 */
public final class FaultRedis implements AutoCloseable {
    private static final Path DEBIAN = Path.of("/usr/bin/redis-server");
    private final int port;
    private final Path dir;
    private final boolean aof;
    private Process process;
    private RedisServer embedded;

    private FaultRedis(int port, Path dir, boolean aof) {
        this.port = port;
        this.dir = dir;
        this.aof = aof;
    }

    /** Starts a Redis on a free loopback port keeping its files in {@code dir}; AOF (fsync every second) if asked. */
    public static FaultRedis start(Path dir, boolean aof) throws Exception {
        Files.createDirectories(dir);
        FaultRedis redis = new FaultRedis(freePort(), dir, aof);
        redis.start();
        return redis;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public String kind() {
        return (Files.isExecutable(DEBIAN) ? "Debian redis-server" : "embedded redis") + (aof ? ", AOF on" : ", AOF off");
    }

    /** A client of the test's own; the caller closes it. */
    public RedisClient client() {
        return RedisClient.create(URI.create(url()));
    }

    /** (Re)starts the server on its port and waits until it accepts connections. */
    public synchronized void start() throws Exception {
        String persistence = aof ? "yes" : "no";
        if (Files.isExecutable(DEBIAN)) {
            List<String> cmd = new ArrayList<>(List.of(DEBIAN.toString(), "--port", String.valueOf(port),
                    "--bind", "127.0.0.1", "--dir", dir.toString(), "--appendonly", persistence,
                    "--appendfsync", "everysec", "--save", "", "--daemonize", "no", "--protected-mode", "no"));
            process = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis.log").toFile()).start();
        } else {
            embedded = RedisServer.newRedisServer().bind("127.0.0.1").port(port)
                    .setting("dir " + dir).setting("appendonly " + persistence).setting("save \"\"").build();
            embedded.start();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!accepting()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Redis did not listen on " + port + " within 10 s");
            }
            Thread.sleep(20);
        }
    }

    /** SIGTERM (or the embedded server's stop): Redis flushes its AOF and exits; clients see a refused port. */
    public synchronized void stop() throws Exception {
        if (process != null) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
            process = null;
        }
        if (embedded != null) {
            embedded.stop();
            embedded = null;
        }
    }

    /** SIGKILL where the platform allows it: nothing gets flushed beyond what the kernel already has. */
    public synchronized void kill() throws Exception {
        if (process != null) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            process = null;
        } else {
            stop();
        }
    }

    private boolean accepting() {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
