package io.rapport.store.redis;

import io.rapport.core.model.AuditEntry;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Reads a workspace's audit log: a Redis stream ({@code rapport:{ws}:audit}) whose entries hold one field,
 * {@code entry}, the {@link AuditEntry} in the core's JSON form. Entries are added by {@code batch.lua} in the
 * same script as the change they record, and nothing in Rapport trims or deletes them.
 */
final class AuditLog {

    private AuditLog() {
    }

    /** Newest first, at most {@code limit}. */
    static List<AuditEntry> read(UnifiedJedis jedis, Keys keys, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<StreamEntry> entries = jedis.xrevrange(keys.audit(), "+", "-", limit);
        return entries.stream()
                .map(e -> Json.read(e.getFields().get("entry"), AuditEntry.class, "audit entry " + e.getID()))
                .toList();
    }
}
