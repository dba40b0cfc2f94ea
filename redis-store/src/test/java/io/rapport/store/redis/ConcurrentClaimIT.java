package io.rapport.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Person;
import io.rapport.core.port.Change;
import io.rapport.core.port.Claim;
import io.rapport.core.port.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import redis.clients.jedis.RedisClient;

/** Two schedulers, each with its own client, draining one due queue. */
@Timeout(40)
class ConcurrentClaimIT {

    private static final int NUDGES = 10_000;
    private static final Instant DUE = Instant.parse("2001-02-03T04:05:06Z");

    private final String ws = TestRedis.newWorkspace();

    @AfterEach
    void forget() {
        TestRedis.forget(ws);
    }

    @Test
    void two_schedulers_deliver_every_due_nudge_exactly_once() throws Exception {
        Store setup = new RedisStore(TestRedis.client());
        List<Change> batch = new ArrayList<>();
        for (int i = 0; i < NUDGES; i++) {
            batch.add(new Change.PutNudge(new Nudge("n" + i, "c" + (i % 50), "rule", "key:" + i, Person.of("U1"),
                    NudgeState.SCHEDULED, DUE.plusMillis(i % 1000), DUE, 0, 0, Map.of(), null, null)));
            if (batch.size() == 500) {
                setup.commit(ws, List.of(), batch);
                batch.clear();
            }
        }
        Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> schedulers = List.of(
                    pool.submit(() -> runScheduler(deliveries)), pool.submit(() -> runScheduler(deliveries)));
            int total = 0;
            for (Future<Integer> scheduler : schedulers) {
                int delivered = scheduler.get(30, TimeUnit.SECONDS);
                assertTrue(delivered > 0, "both schedulers took part");
                total += delivered;
            }
            assertEquals(NUDGES, total);
        } finally {
            pool.shutdownNow();
        }

        assertEquals(NUDGES, deliveries.size(), "no nudge lost");
        deliveries.forEach((id, count) -> assertEquals(1, count.get(), id + " delivered " + count + " times"));
        assertEquals(0, TestRedis.client().zcard(new Keys(ws).due()));
        assertEquals(0, TestRedis.client().hlen(new Keys(ws).claims()));
        Nudge sample = setup.nudge(ws, "n4321").orElseThrow();
        assertEquals(NudgeState.OPEN, sample.state());
        assertEquals(1, sample.deliveries());
    }

    /** Claims and completes until nothing is due; returns how many it delivered. */
    private int runScheduler(Map<String, AtomicInteger> deliveries) {
        try (RedisClient client = TestRedis.newClient()) {
            Store store = new RedisStore(client);
            int delivered = 0;
            Instant now = DUE.plusSeconds(1);
            while (true) {
                List<Claim> claims = store.claimDue(now, Duration.ofMinutes(10), 100);
                List<Claim> mine = claims.stream().filter(c -> c.workspace().equals(ws)).toList();
                if (mine.isEmpty()) {
                    return delivered;
                }
                for (Claim claim : mine) {
                    deliveries.computeIfAbsent(claim.nudge().id(), id -> new AtomicInteger()).incrementAndGet();
                    assertTrue(store.complete(claim, claim.nudge().delivered()), "lease held");
                    delivered++;
                }
            }
        }
    }
}
