package io.rapport.bench;

import io.rapport.core.model.Commitment;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Person;
import io.rapport.core.model.Tier;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import io.rapport.core.port.Change;
import io.rapport.core.port.Store;
import io.rapport.store.redis.RedisStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Redis bytes per customer: many customers, each with a profile, 200 touches, 5 promises and 5 pending
 * nudges, written through the real store; MEMORY USAGE summed over every key of the workspace, divided by
 * the number of customers (shared hashes and indexes included, as they grow with customers).
 */
final class MemoryBench {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private static final TouchKind[] KINDS = {TouchKind.MESSAGE, TouchKind.MESSAGE, TouchKind.MESSAGE,
        TouchKind.CALL, TouchKind.EMAIL, TouchKind.THANKS, TouchKind.MEETING};
    private static final String[] NOTES = {"", "", "asked about the SSO rollout",
        "Can you check why the nightly export failed again?", "quarterly review", "thanks for the quick fix!"};

    private static final java.util.Random RANDOM = new java.util.Random(42);

    /** Shaped like the engine's touch ids: "t" and 8 random characters. */
    private static String touchId() {
        StringBuilder id = new StringBuilder("t");
        for (int i = 0; i < 8; i++) {
            id.append("0123456789abcdefghijkmnpqrstuvwxyz".charAt(RANDOM.nextInt(34)));
        }
        return id.toString();
    }

    /** The key's kind: its last segment (touches, stats, nudges…), to see where the bytes go. */
    private static String kind(String key) {
        return key.substring(key.lastIndexOf(':') + 1);
    }

    /** Bytes per customer in all, and by key kind (the last segment of the key name). */
    record Result(double perCustomer, java.util.Map<String, Double> byKind) {
        String breakdown() {
            StringBuilder out = new StringBuilder();
            byKind.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(e -> out.append(out.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                            .append(String.format(java.util.Locale.ROOT, "%,.0f B", e.getValue())));
            return out.toString();
        }
    }

    static Result bytesPerCustomer(BenchRedis redis, int customers) {
        redis.client.flushAll();
        Store store = new RedisStore(redis.client);
        String ws = "slack:T0BENCH01";
        Person alex = new Person("U07ALEX0001", "Alex Moreno");
        Person dana = new Person("U07DANA0002", "Dana Whitfield");
        long seq = 0;
        for (int c = 0; c < customers; c++) {
            String id = "c" + c;
            List<Change> changes = new ArrayList<>();
            changes.add(new Change.PutCustomer(new Customer(id, "Customer " + c + " Logistics", Tier.STANDARD, alex,
                    List.of("C0" + (1000000 + c)), List.of(dana), T0)));
            for (int t = 0; t < 200; t++) {
                TouchKind kind = KINDS[t % KINDS.length];
                boolean in = t % 2 == 0;
                changes.add(new Change.AddTouch(new Touch(touchId(), id, kind, in ? Direction.IN : Direction.OUT,
                        in ? dana : alex, T0.plus(Duration.ofHours(t)), NOTES[t % NOTES.length],
                        "channel:C0" + (1000000 + c))));
            }
            for (int p = 0; p < 5; p++) {
                // ids as the engine allocates them (Store.newId): a letter and the workspace's next number
                String promise = "p" + (++seq);
                changes.add(new Change.PutCommitment(new Commitment(promise, id, alex,
                        "send the updated pricing sheet", T0.plus(Duration.ofDays(p + 1)), T0,
                        Commitment.Status.OPEN, null)));
                changes.add(new Change.PutNudge(new Nudge("n" + (++seq), id, "promises", "promises:" + promise,
                        alex, NudgeState.SCHEDULED, T0.plus(Duration.ofDays(p + 1)), T0, 0, 0,
                        Map.of("promise", promise), null, null)));
            }
            store.commit(ws, List.of(), changes);
        }
        long total = 0;
        String cursor = ScanParams.SCAN_POINTER_START;
        ScanParams params = new ScanParams().match("rapport:{" + ws + "}:*").count(1000);
        do {
            ScanResult<String> page = redis.client.scan(cursor, params);
            for (String key : page.getResult()) {
                Long bytes = redis.client.memoryUsage(key, 0);
                total += bytes == null ? 0 : bytes;
            }
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
        cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = redis.client.scan(cursor, params);
            for (String key : page.getResult()) {
                Long bytes = redis.client.memoryUsage(key, 0);
                byKind.merge(kind(key), bytes == null ? 0 : bytes, Long::sum);
            }
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        java.util.Map<String, Double> perKind = new java.util.TreeMap<>();
        byKind.forEach((k, v) -> perKind.put(k, (double) v / customers));
        redis.client.flushAll();
        return new Result((double) total / customers, perKind);
    }
}
