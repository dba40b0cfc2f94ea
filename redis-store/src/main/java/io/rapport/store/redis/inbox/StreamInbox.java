package io.rapport.store.redis.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Inbound platform events are written here before the platform is told "got it", and worked off in the
 * background: Slack and Teams want a quick answer, and an event that was answered must never be lost. A Redis
 * stream with a consumer group gives both: an entry stays pending until a worker acknowledges it, and entries
 * a dead worker held are claimed again by another. The same Lua call marks the event id as seen (with a TTL),
 * so a platform's retries of an event that is already in the inbox are answered but not queued twice.
 *
 * <p>The seen key a caller passes must share the stream's hash tag, so the script works on a cluster too. The
 * dead-letter stream and the attempt counts sit beside the stream ({@code <stream>:dead}, {@code <stream>:attempts}).
 */
public final class StreamInbox {
    static final String GROUP = "rapport";
    private static final String ACCEPT = """
            if KEYS[1] ~= KEYS[2] then
              if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[2]) then return 0 end
            end
            redis.call('XADD', KEYS[2], '*', 'ws', ARGV[3], 'event', ARGV[1], 'body', ARGV[4])
            return 1
            """;
    private final UnifiedJedis redis;
    private final String stream;
    private final Duration dedupe;

    /** @param dedupe how long an event id is remembered: longer than the platform keeps retrying */
    public StreamInbox(UnifiedJedis redis, String stream, Duration dedupe) {
        this.redis = redis;
        this.stream = stream;
        this.dedupe = dedupe;
    }

    /** One stored event. */
    public record Entry(StreamEntryID id, String workspace, String eventId, String body) {
    }

    public String stream() {
        return stream;
    }

    /**
     * Stores the event unless {@code seenKey} was set within the dedupe window; a null key stores it without
     * deduplication. True when it was new. Throws (a {@code JedisException}) when Redis cannot take it: the
     * caller must then answer the platform with an error so that it retries.
     */
    public boolean accept(String seenKey, String workspace, String eventId, String body) {
        Object result = redis.eval(ACCEPT, List.of(seenKey == null ? stream : seenKey, stream),
                List.of(eventId == null ? "" : eventId, String.valueOf(dedupe.toSeconds()), workspace, body));
        return Long.valueOf(1).equals(result);
    }

    /** Creates the consumer group if it is not there yet (from the start of the stream: nothing is skipped). */
    public void ensureGroup() {
        try {
            redis.xgroupCreate(stream, GROUP, new StreamEntryID(0, 0), true);
        } catch (JedisDataException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("BUSYGROUP")) {
                throw e;
            }
        }
    }

    /** New entries for this consumer, waiting up to {@code block} for one to arrive (null: not waiting). */
    public List<Entry> poll(String consumer, int count, Duration block) {
        XReadGroupParams params = XReadGroupParams.xReadGroupParams().count(count);
        if (block != null) {
            params.block((int) Math.max(1, block.toMillis()));
        }
        var result = redis.xreadGroup(GROUP, consumer, params,
                Map.of(stream, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
        List<Entry> out = new ArrayList<>();
        if (result != null) {
            for (var s : result) {
                s.getValue().forEach(e -> out.add(entry(e)));
            }
        }
        return out;
    }

    /** Entries another (or this, earlier) worker took but did not finish within {@code idle}: taken over. */
    public List<Entry> reclaim(String consumer, Duration idle, int count) {
        var result = redis.xautoclaim(stream, GROUP, consumer, idle.toMillis(), new StreamEntryID(0, 0),
                new XAutoClaimParams().count(count));
        List<Entry> out = new ArrayList<>();
        if (result != null) {
            for (StreamEntry e : result.getValue()) {
                if (e != null && e.getFields() != null) {
                    out.add(entry(e));
                }
            }
        }
        return out;
    }

    /** The event was handled: it leaves the stream. */
    public void done(Entry entry) {
        redis.xack(stream, GROUP, entry.id());
        redis.xdel(stream, entry.id());
        redis.hdel(stream + ":attempts", entry.id().toString());
    }

    /** Counts a failed attempt; returns how many there were so far. */
    public long failed(Entry entry) {
        return redis.hincrBy(stream + ":attempts", entry.id().toString(), 1);
    }

    /** An event that cannot be handled is set aside (kept for a person to look at), not retried for ever. */
    public void deadLetter(Entry entry, String reason) {
        redis.xadd(stream + ":dead", StreamEntryID.NEW_ENTRY, Map.of("ws", entry.workspace(), "event",
                entry.eventId(), "body", entry.body(), "reason", reason == null ? "" : reason));
        done(entry);
    }

    /** How many events wait or are being handled; for readiness and tests. */
    public long backlog() {
        return redis.xlen(stream);
    }

    /** How many events were set aside. */
    public long deadLettered() {
        return redis.exists(stream + ":dead") ? redis.xlen(stream + ":dead") : 0;
    }

    private static Entry entry(StreamEntry e) {
        Map<String, String> f = e.getFields();
        return new Entry(e.getID(), f.getOrDefault("ws", ""), f.getOrDefault("event", ""), f.getOrDefault("body", ""));
    }
}
