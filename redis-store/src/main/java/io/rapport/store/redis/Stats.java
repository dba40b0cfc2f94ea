package io.rapport.store.redis;

import io.rapport.core.model.Direction;
import io.rapport.core.model.Touch;
import io.rapport.core.port.CustomerStats;
import java.time.Instant;
import java.util.Map;

/**
 * The per-customer stats hash: counters bumped with {@code HINCRBY} and times kept as the maximum epoch
 * millisecond, so touches logged out of order never move a "last" time backwards. Times are therefore
 * precise to the millisecond, while the timeline keeps each touch's exact instant.
 */
final class Stats {

    static final String TOUCHES = "touches";
    static final String GESTURES_IN = "gesturesIn";
    static final String GESTURES_OUT = "gesturesOut";
    static final String LAST_TOUCH_AT = "lastTouchAt";
    static final String LAST_IN_AT = "lastInAt";
    static final String LAST_OUT_AT = "lastOutAt";
    static final String LAST_FACE_TIME_AT = "lastFaceTimeAt";

    private Stats() {
    }

    static void add(Batch batch, String key, Touch touch) {
        long at = touch.at().toEpochMilli();
        boolean in = touch.direction() == Direction.IN;
        batch.hincrBy(key, TOUCHES, 1).hsetMax(key, LAST_TOUCH_AT, at).hsetMax(key, in ? LAST_IN_AT : LAST_OUT_AT, at);
        if (touch.kind().isGesture()) {
            batch.hincrBy(key, in ? GESTURES_IN : GESTURES_OUT, 1);
        }
        if (touch.kind().isFaceTime()) {
            batch.hsetMax(key, LAST_FACE_TIME_AT, at);
        }
    }

    /** Moves the gesture counters from a touch's old kind to its new one (a corrected detection). */
    static void rekind(Batch batch, String key, Touch before, Touch after) {
        long delta = (after.kind().isGesture() ? 1 : 0) - (before.kind().isGesture() ? 1 : 0);
        if (delta != 0) {
            batch.hincrBy(key, before.direction() == Direction.IN ? GESTURES_IN : GESTURES_OUT, delta);
        }
    }

    static CustomerStats read(Map<String, String> hash) {
        if (hash.isEmpty()) {
            return CustomerStats.NONE;
        }
        return new CustomerStats(count(hash, TOUCHES), count(hash, GESTURES_IN), count(hash, GESTURES_OUT),
                time(hash, LAST_TOUCH_AT), time(hash, LAST_IN_AT), time(hash, LAST_OUT_AT),
                time(hash, LAST_FACE_TIME_AT));
    }

    private static long count(Map<String, String> hash, String field) {
        String value = hash.get(field);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static Instant time(Map<String, String> hash, String field) {
        String value = hash.get(field);
        return value == null ? null : Instant.ofEpochMilli(Long.parseLong(value));
    }
}
