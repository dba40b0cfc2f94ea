package io.rapport.store.redis;

import io.rapport.core.port.Store;
import io.rapport.core.port.StoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import redis.clients.jedis.RedisClusterClient;

/**
 * The store contract on a Redis Cluster of three masters with a replica each ({@link RealCluster}: Debian
 * redis-server processes joined by {@code redis-cli --cluster create}). Every script names keys of one workspace
 * only, so a key outside the workspace's hash tag would fail here with CROSSSLOT, and claims go through
 * workspaces held by different masters. The cluster is started for this class and stopped after it.
 */
class RedisStoreClusterIT extends StoreContract {

    private static final int BOUND = 20;

    private static RealCluster cluster;
    private static RedisClusterClient client;

    @BeforeAll
    static void startCluster() {
        cluster = RealCluster.start();
        client = RedisClusterClient.create(new java.util.HashSet<>(cluster.seeds()));
    }

    @AfterAll
    static void stopCluster() {
        try {
            if (client != null) {
                client.close();
            }
        } finally {
            if (cluster != null) {
                cluster.close();
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
