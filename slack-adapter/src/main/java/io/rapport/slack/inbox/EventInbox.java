package io.rapport.slack.inbox;

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
 * Slack events are written here before Slack is told "got it", and worked off in the background: Slack wants
 * an answer within 3 seconds, and an event that was answered must never be lost. A Redis stream with a
 * consumer group gives both: an entry stays pending until a worker acknowledges it, and entries a dead worker
 * held are claimed again by another. The same Lua call marks the event id as seen (with a TTL), so Slack's
 * retries of an event that is already in the inbox are answered but not queued twice.
 *
 * <p>All keys share the hash tag {@code {slack}}, so the script works on a cluster too.
 */
public final class EventInbox {
    static final String STREAM = "rapport:{slack}:events";
    static final String DEAD = "rapport:{slack}:events:dead";
    static final String ATTEMPTS = "rapport:{slack}:events:attempts";
    static final String GROUP = "rapport";
    private static final String ACCEPT = """
            if ARGV[1] ~= '' then
              if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[2]) then return 0 end
            end
            redis.call('XADD', KEYS[2], '*', 'ws', ARGV[3], 'event', ARGV[1], 'body', ARGV[4])
            return 1
            """;
    private final UnifiedJedis redis;
    private final Duration dedupe;

    /** @param dedupe how long an event id is remembered; Slack retries for about 5 minutes */
    public EventInbox(UnifiedJedis redis, Duration dedupe) {
        this.redis = redis;
        this.dedupe = dedupe;
    }

    /** One stored event. */
    public record Entry(StreamEntryID id, String workspace, String eventId, String body) {
    }

    /**
     * Stores the event unless its id was seen within the dedupe window. True when it was new. Throws (a
     * {@code JedisException}) when Redis cannot take it: the caller must then answer Slack with an error.
     */
    public boolean accept(String workspace, String eventId, String body) {
        String id = eventId == null ? "" : eventId;
        Object result = redis.eval(ACCEPT, List.of(seenKey(workspace, id), STREAM),
                List.of(id, String.valueOf(dedupe.toSeconds()), workspace, body));
        return Long.valueOf(1).equals(result);
    }

    static String seenKey(String workspace, String eventId) {
        return "rapport:{slack}:seen:" + workspace + ":" + eventId;
    }

    /** Creates the consumer group if it is not there yet (from the start of the stream: nothing is skipped). */
    public void ensureGroup() {
        try {
            redis.xgroupCreate(STREAM, GROUP, new StreamEntryID(0, 0), true);
        } catch (JedisDataException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("BUSYGROUP")) {
                throw e;
            }
        }
    }

    /** New entries for this consumer, waiting up to {@code block} for one to arrive. */
    public List<Entry> poll(String consumer, int count, Duration block) {
        var result = redis.xreadGroup(GROUP, consumer,
                XReadGroupParams.xReadGroupParams().count(count).block((int) block.toMillis()),
                Map.of(STREAM, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
        List<Entry> out = new ArrayList<>();
        if (result != null) {
            for (var stream : result) {
                stream.getValue().forEach(e -> out.add(entry(e)));
            }
        }
        return out;
    }

    /** Entries another (or this, earlier) worker took but did not finish within {@code idle}: taken over. */
    public List<Entry> reclaim(String consumer, Duration idle, int count) {
        var result = redis.xautoclaim(STREAM, GROUP, consumer, idle.toMillis(), new StreamEntryID(0, 0),
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
        redis.xack(STREAM, GROUP, entry.id());
        redis.xdel(STREAM, entry.id());
        redis.hdel(ATTEMPTS, entry.id().toString());
    }

    /** Counts a failed attempt; returns how many there were so far. */
    public long failed(Entry entry) {
        return redis.hincrBy(ATTEMPTS, entry.id().toString(), 1);
    }

    /** An event that cannot be handled is set aside (kept for a person to look at), not retried for ever. */
    public void deadLetter(Entry entry, String reason) {
        redis.xadd(DEAD, StreamEntryID.NEW_ENTRY, Map.of("ws", entry.workspace(), "event",
                entry.eventId(), "body", entry.body(), "reason", reason == null ? "" : reason));
        done(entry);
    }

    /** How many events wait or are being handled; for readiness and tests. */
    public long backlog() {
        return redis.xlen(STREAM);
    }

    private static Entry entry(StreamEntry e) {
        Map<String, String> f = e.getFields();
        return new Entry(e.getID(), f.getOrDefault("ws", ""), f.getOrDefault("event", ""), f.getOrDefault("body", ""));
    }
}
