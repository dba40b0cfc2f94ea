package io.rapport.store.redis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generic ops that {@code batch.lua} understands: checks that must all hold, then writes. Domain
 * changes are translated into these in Java, so the script stays small and knows nothing of customers
 * or nudges.
 */
final class Batch {

    /** Returned by the script when every check held and the writes were applied. */
    static final long APPLIED = 0L;

    /** Whether a script's answer says its changes were applied. */
    static boolean applied(Object answer) {
        return answer instanceof Long code && code == APPLIED;
    }

    private final List<String> keys = new ArrayList<>();
    private final Map<String, Integer> keyIndex = new HashMap<>();
    private final List<String> checks = new ArrayList<>();
    private final List<String> writes = new ArrayList<>();

    /** The hash field exists; else the script returns {@code failure}. */
    Batch expectField(String key, String field, String failure) {
        return check("exists", key, field, "", failure);
    }

    Batch expectNoField(String key, String field, String failure) {
        return check("absent", key, field, "", failure);
    }

    Batch expectValue(String key, String field, String value, String failure) {
        return check("equals", key, field, value, failure);
    }

    /** No key {@code key} exists. */
    Batch expectNoKey(String key, String failure) {
        return check("nokey", key, "", "", failure);
    }

    /** The list element at {@code index} is exactly {@code value}. */
    Batch expectListElement(String key, long index, String value, String failure) {
        return check("lindex", key, Long.toString(index), value, failure);
    }

    Batch expectSetSize(String key, long size, String failure) {
        return check("card", key, "", Long.toString(size), failure);
    }

    /** The hash has exactly {@code size} fields. */
    Batch expectHashSize(String key, long size, String failure) {
        return check("hlen", key, "", Long.toString(size), failure);
    }

    Batch hset(String key, String field, String value) {
        return write("hset", key, field, value);
    }

    Batch hdel(String key, String field) {
        return write("hdel", key, field, "");
    }

    /** Deletes the field only while it still holds {@code value}. */
    Batch hdelIfEquals(String key, String field, String value) {
        return write("hdeleq", key, field, value);
    }

    /** Keeps the larger of the stored number and {@code value}. */
    Batch hsetMax(String key, String field, long value) {
        return write("hmax", key, field, Long.toString(value));
    }

    Batch hincrBy(String key, String field, long by) {
        return write("hincr", key, field, Long.toString(by));
    }

    Batch zadd(String key, long score, String member) {
        return write("zadd", key, Long.toString(score), member);
    }

    Batch zrem(String key, String member) {
        return write("zrem", key, member, "");
    }

    Batch sadd(String key, String member) {
        return write("sadd", key, member, "");
    }

    Batch srem(String key, String member) {
        return write("srem", key, member, "");
    }

    /**
     * Pushes a touch at the head and trims the list to {@code bound} entries; the touch pushed down to
     * position {@code noted} loses its note (the text), keeping its facts.
     */
    Batch lpushTrimmed(String key, String value, int bound, int noted) {
        write("lpush", key, value, Integer.toString(bound));
        return noted < bound ? write("unnote", key, Integer.toString(noted), "") : this;
    }

    Batch lset(String key, long index, String value) {
        return write("lset", key, Long.toString(index), value);
    }

    Batch rpush(String key, String value) {
        return write("rpush", key, value, "");
    }

    /** Appends {@code value} as the field {@code entry} of a new stream entry with a server-assigned id. */
    Batch xadd(String key, String value) {
        return write("xadd", key, value, "");
    }

    /** Sets {@code key} to "1", expiring after {@code seconds}. */
    Batch setExpiring(String key, long seconds) {
        return write("setex", key, Long.toString(seconds), "");
    }

    Batch del(String key) {
        return write("del", key, "", "");
    }

    boolean isEmpty() {
        return checks.isEmpty() && writes.isEmpty();
    }

    List<String> keys() {
        return List.copyOf(keys);
    }

    List<String> args() {
        List<String> args = new ArrayList<>(1 + checks.size() + writes.size());
        args.add(Integer.toString(checks.size() / 5));
        args.addAll(checks);
        args.addAll(writes);
        return args;
    }

    private Batch check(String op, String key, String field, String value, String failure) {
        checks.addAll(List.of(op, keyRef(key), field, value, failure));
        return this;
    }

    private Batch write(String op, String key, String a, String b) {
        writes.addAll(List.of(op, keyRef(key), a, b));
        return this;
    }

    /** Lua indexes KEYS from 1. */
    private String keyRef(String key) {
        return Integer.toString(keyIndex.computeIfAbsent(key, k -> {
            keys.add(k);
            return keys.size();
        }));
    }
}
