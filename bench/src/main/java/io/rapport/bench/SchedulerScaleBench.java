package io.rapport.bench;

import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Person;
import io.rapport.core.port.Change;
import io.rapport.core.port.Claim;
import io.rapport.core.port.Store;
import io.rapport.store.redis.RedisStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cost of one claim of due nudges as the number of pending (not yet due) nudges grows: 10 thousand,
 * 100 thousand, 1 million. Each round makes 100 nudges due, times one claim of them, and completes them.
 */
final class SchedulerScaleBench {
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final int DUE_PER_ROUND = 100;
    private static final int ROUNDS = 60;
    private static final int WARMUP = 10;
    private static final int BATCH = 500;

    record Result(int pending, double medianMicros, double p99Micros, double loadSeconds) {
    }

    static List<Result> run(BenchRedis redis, int[] sizes) {
        List<Result> out = new ArrayList<>();
        for (int size : sizes) {
            redis.client.flushAll();
            Store store = new RedisStore(redis.client);
            String ws = "bench-" + size;
            long t0 = System.nanoTime();
            fill(store, ws, size);
            double load = (System.nanoTime() - t0) / 1e9;
            double[] micros = new double[ROUNDS];
            for (int round = 0; round < ROUNDS + WARMUP; round++) {
                List<Change> due = new ArrayList<>();
                for (int i = 0; i < DUE_PER_ROUND; i++) {
                    due.add(new Change.PutNudge(nudge("d" + round + "-" + i, NOW.minusSeconds(1))));
                }
                store.commit(ws, List.of(), due);
                long c0 = System.nanoTime();
                List<Claim> claims = store.claimDue(NOW, Duration.ofMinutes(1), DUE_PER_ROUND);
                long c1 = System.nanoTime();
                if (claims.size() != DUE_PER_ROUND) {
                    throw new IllegalStateException("claimed " + claims.size() + " of " + DUE_PER_ROUND);
                }
                if (round >= WARMUP) {
                    micros[round - WARMUP] = (c1 - c0) / 1e3;
                }
                for (Claim claim : claims) {
                    store.complete(claim, claim.nudge().closed(NudgeState.DONE, "bench", NOW));
                }
            }
            out.add(new Result(size, Stats.median(micros), Stats.percentile(micros, 99), load));
            System.out.printf("  %,9d pending: claim of %d due: median %.0f µs, p99 %.0f µs (loaded in %.1f s)%n",
                    size, DUE_PER_ROUND, Stats.median(micros), Stats.percentile(micros, 99), load);
        }
        redis.client.flushAll();
        return out;
    }

    private static void fill(Store store, String ws, int size) {
        Instant later = NOW.plus(Duration.ofDays(1));
        List<Change> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < size; i++) {
            batch.add(new Change.PutNudge(nudge("p" + i, later.plusSeconds(i % 86_400))));
            if (batch.size() == BATCH) {
                store.commit(ws, List.of(), batch);
                batch = new ArrayList<>(BATCH);
            }
        }
        if (!batch.isEmpty()) {
            store.commit(ws, List.of(), batch);
        }
    }

    private static Nudge nudge(String id, Instant due) {
        String customer = "c" + (id.hashCode() & 0x3fff);
        return new Nudge(id, customer, "reciprocate", "reciprocate:" + id, new Person("U" + (id.hashCode() & 0xff), "Alex"),
                NudgeState.SCHEDULED, due, NOW.minus(Duration.ofDays(2)), 0, 0,
                Map.of("gesture", "thanks", "from", "Dana", "at", NOW.minus(Duration.ofDays(2)).toString()), null, null);
    }
}
