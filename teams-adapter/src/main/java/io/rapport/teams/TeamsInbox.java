package io.rapport.teams;

import io.rapport.store.redis.inbox.StreamInbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import redis.clients.jedis.UnifiedJedis;

/**
 * Message activities waiting to be handled, one stream per workspace ({@code rapport:{teams:<tenant>}:teams:inbox}),
 * so the Lua call that dedupes on the activity and appends it touches one hash slot, the same as the rest of the
 * workspace's keys. The workspaces that have an inbox are listed in {@code rapport:{teams}:inboxes}, so a worker
 * on any instance finds them.
 */
final class TeamsInbox {
    static final String REGISTRY = "rapport:{teams}:inboxes";
    /** Longer than Teams keeps redelivering; the same as the sightings {@link TeamsState} kept before. */
    private static final Duration DEDUPE = Duration.ofDays(2);
    private static final long REFRESH_NANOS = Duration.ofSeconds(2).toNanos();
    private final UnifiedJedis redis;
    private final Map<String, StreamInbox> inboxes = new ConcurrentHashMap<>();
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private volatile long refreshed;

    TeamsInbox(UnifiedJedis redis) {
        this.redis = redis;
    }

    static String stream(String workspace) {
        return "rapport:{" + workspace + "}:teams:inbox";
    }

    /**
     * Queues the activity unless {@code activityKey} ({@link Inbound#key}) was queued before; a null key queues
     * it without deduplication. True when it was new. Throws a {@code JedisException} when Redis cannot take it.
     */
    boolean accept(String workspace, String activityKey, String body) {
        if (!registered.contains(workspace)) {
            redis.sadd(REGISTRY, workspace);
            registered.add(workspace);
        }
        String seen = activityKey == null ? null : TeamsState.seenKey(workspace, activityKey);
        return inbox(workspace).accept(seen, workspace, activityKey, body);
    }

    StreamInbox inbox(String workspace) {
        return inboxes.computeIfAbsent(workspace, ws -> new StreamInbox(redis, stream(ws), DEDUPE));
    }

    /** Every workspace's inbox, as the registry lists them (read again at most every 2 s). */
    List<StreamInbox> all() {
        long now = System.nanoTime();
        if (now - refreshed > REFRESH_NANOS || refreshed == 0) {
            for (String workspace : redis.smembers(REGISTRY)) {
                inbox(workspace);
            }
            refreshed = now;
        }
        return new ArrayList<>(inboxes.values());
    }

    /** Forgets a workspace's inbox (its keys are removed with the workspace's). */
    void forget(String workspace) {
        redis.srem(REGISTRY, workspace);
        registered.remove(workspace);
        inboxes.remove(workspace);
    }
}
