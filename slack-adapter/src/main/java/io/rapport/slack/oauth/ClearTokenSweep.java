package io.rapport.slack.oauth;

import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Seals the Slack installations still stored clear, written before {@code RAPPORT_SECRET_KEY} was set. Reading one
 * seals it too, but Rapport only ever reads bot tokens; this also reaches the installers' entries, which hold user
 * tokens. It walks the keys with SCAN (on every node of a cluster), so it never blocks Redis; it is safe to run
 * on several instances at once, as each value is replaced only while it is still the clear one.
 */
public final class ClearTokenSweep {
    /** Every workspace's installation keys (braces are literal in a SCAN pattern). */
    static final String PATTERN = "rapport:{slack:*}:slack:install:*";

    private ClearTokenSweep() {
    }

    /** Returns how many values were sealed. */
    public static int run(UnifiedJedis redis, RedisInstallations installations) {
        int sealed = 0;
        for (String key : keys(redis)) {
            if (installations.sealIfClear(key)) {
                sealed++;
            }
        }
        return sealed;
    }

    private static List<String> keys(UnifiedJedis redis) {
        List<String> keys = new ArrayList<>();
        if (redis instanceof RedisClusterClient cluster) {
            for (ConnectionPool node : cluster.getClusterNodes().values()) {
                try (Connection connection = node.getResource()) {
                    scan(new Jedis(connection)::scan, keys);
                }
            }
        } else {
            scan(redis::scan, keys);
        }
        return keys;
    }

    private interface Scanner {
        ScanResult<String> scan(String cursor, ScanParams params);
    }

    private static void scan(Scanner scanner, List<String> into) {
        ScanParams params = new ScanParams().match(PATTERN).count(1000);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = scanner.scan(cursor, params);
            page.getResult().stream().filter(k -> !into.contains(k)).forEach(into::add);
            cursor = page.getCursor();
        } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
    }
}
