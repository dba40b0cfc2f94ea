package io.rapport.store.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * A Redis Cluster of three masters and three replicas on loopback, as a team would run one: six Debian
 * {@code redis-server --cluster-enabled yes} child processes (AOF every second) joined by
 * {@code redis-cli --cluster create --cluster-replicas 1}. Nodes can be killed with SIGKILL; closing it (or the
 * JVM exiting) kills every node still running and deletes its files.
 */
public final class RealCluster implements AutoCloseable {
    public static final Path SERVER = Path.of("/usr/bin/redis-server");
    public static final Path CLI = Path.of("/usr/bin/redis-cli");
    /** How long a silent master takes to be marked failed; Redis' default is 15 s, a short one keeps tests short. */
    public static final Duration NODE_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration SETTLE = Duration.ofSeconds(60);

    private final Path dir;
    private final Map<Integer, Process> nodes = new LinkedHashMap<>();
    private final Thread reaper = new Thread(this::killAll, "redis-cluster-reaper");

    private RealCluster(Path dir) {
        this.dir = dir;
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** True when this machine has Debian's redis-server and redis-cli (packages redis-server, redis-tools). */
    public static boolean available() {
        return Files.isExecutable(SERVER) && Files.isExecutable(CLI);
    }

    /** Starts six nodes, creates the cluster and waits until every node reports it ok with its replicas in sync. */
    public static RealCluster start() {
        if (!available()) {
            throw new IllegalStateException("a Redis Cluster test needs " + SERVER + " and " + CLI
                    + ": apt-get install redis-server redis-tools (scripts/test.sh does this when run as root)");
        }
        RealCluster cluster;
        try {
            cluster = new RealCluster(Files.createTempDirectory("rapport-redis-cluster"));
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary directory for the cluster", e);
        }
        try {
            for (int i = 0; i < 6; i++) {
                cluster.startNode();
            }
            cluster.create();
            cluster.awaitSettled(cluster.ports());
            return cluster;
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    private void startNode() {
        int port = TestRedis.freePort();
        int bus = TestRedis.freePort();
        Path nodeDir = dir.resolve(String.valueOf(port));
        try {
            Files.createDirectories(nodeDir);
            Process p = new ProcessBuilder(SERVER.toString(), "--port", String.valueOf(port),
                    "--cluster-port", String.valueOf(bus), "--bind", "127.0.0.1", "--protected-mode", "no",
                    "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
                    "--cluster-node-timeout", String.valueOf(NODE_TIMEOUT.toMillis()),
                    "--appendonly", "yes", "--appendfsync", "everysec", "--save", "",
                    "--dir", nodeDir.toString(), "--daemonize", "no")
                    .redirectErrorStream(true).redirectOutput(nodeDir.resolve("redis.log").toFile()).start();
            nodes.put(port, p);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start redis-server on port " + port, e);
        }
        awaitAnswer(port);
    }

    private void awaitAnswer(int port) {
        poll("redis-server on " + port + " to answer", Duration.ofSeconds(10), () -> {
            try (Jedis node = node(port)) {
                return "PONG".equals(node.ping());
            } catch (RuntimeException notYet) {
                return false;
            }
        });
    }

    private void create() {
        List<String> cmd = new ArrayList<>(List.of(CLI.toString(), "--cluster", "create"));
        ports().forEach(p -> cmd.add("127.0.0.1:" + p));
        cmd.addAll(List.of("--cluster-replicas", "1", "--cluster-yes"));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || !out.contains("[OK] All 16384 slots")) {
                throw new IllegalStateException("redis-cli --cluster create failed:\n" + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + CLI, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the cluster", e);
        }
    }

    /** The seed list a client is given, as REDIS_URL takes it: {@code redis://127.0.0.1:p1,redis://…}. */
    public String url() {
        return ports().stream().map(p -> "redis://127.0.0.1:" + p).collect(Collectors.joining(","));
    }

    public List<HostAndPort> seeds() {
        return ports().stream().map(p -> new HostAndPort("127.0.0.1", p)).toList();
    }

    /** Ports of the nodes still running. */
    public synchronized List<Integer> ports() {
        return nodes.entrySet().stream().filter(e -> e.getValue().isAlive()).map(Map.Entry::getKey).toList();
    }

    /** The port of the master that serves {@code key}'s slot, as the running nodes see it. */
    public int masterOf(String key) {
        int slot = JedisClusterCRC16.getSlot(key);
        for (int port : ports()) {
            try (Jedis node = node(port)) {
                Optional<Integer> owner = owner(node.clusterNodes(), slot);
                if (owner.isPresent()) {
                    return owner.get();
                }
            } catch (RuntimeException unreachable) {
                // ask the next node
            }
        }
        throw new IllegalStateException("no running node knows a master for slot " + slot);
    }

    /** From CLUSTER NODES: the master, not marked failed, whose slot ranges hold {@code slot}. */
    private static Optional<Integer> owner(String clusterNodes, int slot) {
        for (String line : clusterNodes.split("\n")) {
            String[] f = line.trim().split(" ");
            if (f.length < 9 || !f[2].contains("master") || f[2].contains("fail")) {
                continue;
            }
            for (int i = 8; i < f.length; i++) {
                if (f[i].startsWith("[")) {
                    continue; // a slot being migrated
                }
                String[] range = f[i].split("-");
                int from = Integer.parseInt(range[0]);
                int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
                if (slot >= from && slot <= to) {
                    String address = f[1].substring(0, f[1].indexOf('@'));
                    return Optional.of(Integer.parseInt(address.substring(address.lastIndexOf(':') + 1)));
                }
            }
        }
        return Optional.empty();
    }

    /** SIGKILL: the node dies with whatever it had not yet sent to its replica or written to its AOF. */
    public synchronized void kill(int port) {
        Process p = nodes.get(port);
        if (p == null) {
            throw new IllegalArgumentException("no node on port " + port);
        }
        try {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until the slot of {@code key} is served by a master other than {@code dead} and every running node
     * says {@code cluster_state:ok}; returns how long that took.
     */
    public Duration awaitFailover(String key, int dead) {
        long t0 = System.nanoTime();
        poll("a replica to take over slot " + JedisClusterCRC16.getSlot(key) + " from " + dead, SETTLE, () -> {
            try {
                return masterOf(key) != dead;
            } catch (IllegalStateException none) {
                return false;
            }
        });
        poll("every node to say cluster_state:ok", SETTLE, () -> ports().stream().allMatch(this::ok));
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** Waits until every running master's replica has received everything the master has acknowledged so far. */
    public void awaitReplicated() {
        poll("every replica to catch up with its master", SETTLE, () -> ports().stream().allMatch(this::caughtUp));
    }

    private boolean caughtUp(int port) {
        try (Jedis node = node(port)) {
            String info = node.info("replication");
            if (!info.contains("role:master")) {
                return true;
            }
            long offset = field(info, "master_repl_offset:");
            int at = info.indexOf("slave0:");
            return at >= 0 && field(info.substring(at), "offset=") >= offset;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static long field(String info, String name) {
        int at = info.indexOf(name) + name.length();
        int end = at;
        while (end < info.length() && Character.isDigit(info.charAt(end))) {
            end++;
        }
        return Long.parseLong(info.substring(at, end));
    }

    /** Every node ok and, when all six run, each master has a replica whose link is up. */
    private void awaitSettled(List<Integer> ports) {
        poll("every node to say cluster_state:ok", SETTLE, () -> ports.stream().allMatch(this::ok));
        poll("every replica to be in sync with its master", SETTLE, () -> ports.stream().allMatch(this::synced));
    }

    private boolean ok(int port) {
        try (Jedis node = node(port)) {
            return node.clusterInfo().contains("cluster_state:ok");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean synced(int port) {
        try (Jedis node = node(port)) {
            String info = node.info("replication");
            return info.contains("role:master") ? info.contains("connected_slaves:1")
                    : info.contains("master_link_status:up") && info.contains("master_sync_in_progress:0");
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A plain connection to one node, e.g. to read its INFO; the caller closes it. */
    public static Jedis node(int port) {
        return new Jedis(new HostAndPort("127.0.0.1", port),
                DefaultJedisClientConfig.builder().timeoutMillis(2000).autoNegotiateProtocol(false).build());
    }

    private static void poll(String what, Duration timeout, java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }

    private synchronized void killAll() {
        for (Process p : nodes.values()) {
            p.destroyForcibly();
        }
        for (Process p : nodes.values()) {
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Kills every node and deletes the cluster's files. */
    @Override
    public void close() {
        killAll();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a leftover temp directory is no reason to fail a test
        }
    }
}
