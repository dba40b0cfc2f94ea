package io.rapport.store.redis;

import io.rapport.core.port.Store;
import io.rapport.core.port.StoreContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClusterClient;
import redis.embedded.RedisServer;
import redis.embedded.RedisShardedCluster;

/**
 * The store contract on a three-node Redis Cluster. Every script names keys of one workspace only, so
 * a key outside the workspace's hash tag would fail here with CROSSSLOT, and claims go through workspaces
 * held by different nodes. The cluster is embedded, started for this class and stopped after it.
 */
class RedisStoreClusterIT extends StoreContract {

    private static final int BOUND = 20;

    private static RedisShardedCluster cluster;
    private static RedisClusterClient client;
    private static Path dataDir;

    @BeforeAll
    static void startCluster() throws IOException, InterruptedException {
        // nodes write nodes.conf (and by default dump.rdb) into their working directory: keep both in ours
        dataDir = Files.createTempDirectory("rapport-cluster-it");
        cluster = RedisShardedCluster.newRedisCluster()
                .withServerBuilder(RedisServer.newRedisServer().setting("dir " + dataDir).setting("save \"\""))
                .ephemeral()
                .shard("a", 0).shard("b", 0).shard("c", 0)
                .build();
        cluster.start();
        awaitClusterOk(cluster.serverPorts());
        client = RedisClusterClient.create(new HostAndPort("127.0.0.1", cluster.serverPorts().get(0)));
    }

    /** start() returns once the nodes run; slots may still be spreading, which shows as CLUSTERDOWN. */
    private static void awaitClusterOk(List<Integer> ports) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (int port : ports) {
            try (Jedis node = new Jedis("127.0.0.1", port)) {
                while (!node.clusterInfo().contains("cluster_state:ok")) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("embedded cluster node " + port + " never became ok");
                    }
                    Thread.sleep(50);
                }
            }
        }
    }

    @AfterAll
    static void stopCluster() throws IOException {
        try {
            if (client != null) {
                client.close();
            }
        } finally {
            try {
                if (cluster != null) {
                    cluster.stop();
                }
            } finally {
                deleteTree(dataDir);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Override
    protected Store newStore() {
        return new RedisStore(client, BOUND);
    }

    @Override
    protected int timelineBound() {
        return BOUND;
    }

    @Override
    protected void forgetWorkspace(String workspace) {
        TestRedis.forget(client, workspace);
    }
}
