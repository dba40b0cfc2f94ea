package io.rapport.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.FeedbackEntry;
import io.rapport.core.model.ImportantDate;
import io.rapport.core.model.Note;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Person;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import io.rapport.core.port.Change;
import io.rapport.core.port.Claim;
import io.rapport.core.port.ConflictException;
import io.rapport.core.port.Expectation;
import io.rapport.core.port.Store;
import io.rapport.core.port.StoreContract;
import io.rapport.core.port.StoreException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;

/** The store contract against a real Redis, plus what only the Redis layout can show. */
class RedisStoreIT extends StoreContract {

    private static final int BOUND = 20;

    private final UnifiedJedis redis = TestRedis.client();

    @Override
    protected Store newStore() {
        return new RedisStore(redis, BOUND);
    }

    @Override
    protected int timelineBound() {
        return BOUND;
    }

    @Override
    protected void forgetWorkspace(String workspace) {
        TestRedis.forget(workspace);
    }

    @Test
    void a_seen_token_is_one_key_in_the_workspace_slot_that_expires_after_a_day() {
        Keys keys = new Keys(ws);
        store.commit(ws, List.of(), List.of(new Change.Seen("message:C1/1700000000.000100")));
        String key = keys.seen("message:C1/1700000000.000100");
        assertTrue(key.startsWith("rapport:{" + ws + "}:"), key);
        assertEquals("1", redis.get(key));
        long ttl = redis.ttl(key);
        assertTrue(ttl > 86_000 && ttl <= 86_400, "expires in about a day: " + ttl + " s");
    }

    @Test
    void only_the_newest_touches_keep_their_text_and_older_ones_keep_their_facts() {
        // "t0" is stored in the positional form, "t0000000" + i (the engine's shape) in the dense one
        for (String prefix : List.of("t", "t0000000")) {
            onlyTheNewestKeepTheirText(prefix, prefix.length() == 1 ? "c1" : "c2");
        }
    }

    private void onlyTheNewestKeepTheirText(String idPrefix, String customer) {
        Store noting = new RedisStore(redis, BOUND, 3);
        List<Touch> written = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            written.add(new Touch(idPrefix + i, customer, TouchKind.THANKS, Direction.IN, new Person("X-1", "Xu"),
                    T0.plusSeconds(i).plusNanos(i * 1000L), "thanks number " + i, "channel:C-acme", i % 2 == 0));
        }
        // one touch a commit, then two in one batch: each push moves one touch past the bound
        for (Touch t : written.subList(0, 4)) {
            noting.commit(ws, List.of(), List.of(new Change.AddTouch(t)));
        }
        noting.commit(ws, List.of(), List.of(new Change.AddTouch(written.get(4)), new Change.AddTouch(written.get(5))));

        List<Touch> read = noting.touches(ws, customer, 10);
        assertEquals(6, read.size());
        for (int i = 0; i < 6; i++) {
            Touch original = written.get(5 - i);
            Touch expected = i < 3 ? original : new Touch(original.id(), customer, original.kind(),
                    original.direction(), original.who(), original.at(), "", original.source(), original.unanswered());
            assertEquals(expected, read.get(i), "position " + i);
        }
        assertEquals(6, noting.stats(ws, customer).touches());
    }

    @Test
    void a_customers_engine_ids_are_stored_as_numbers_and_ids_stored_whole_before_still_read() {
        Keys keys = new Keys(ws);
        Store store = newStore();
        store.commit(ws, List.of(), List.of(new Change.PutCustomer(customer("c1", "Acme")),
                new Change.PutNudge(nudge("n7", "c1", "k:n7")), new Change.PutNudge(nudge("n8", "c1", "k:n8"))));
        assertEquals("intset", redis.objectEncoding(keys.customerNudges("c1")));
        redis.sadd(keys.customerNudges("c1"), "n9");
        redis.hset(keys.nudges(), "n9", NudgeCodec.encode(nudge("n9", "c1", "k:n9")));
        redis.sadd(keys.active(), "n9");

        assertEquals(List.of("n7", "n8", "n9"), store.activeNudges(ws, "c1").stream().map(Nudge::id).sorted().toList());
        // written again, the older member gives way to the number, so it is listed once (Redis keeps the set a
        // hash table all the same: it never converts back to an intset)
        store.commit(ws, List.of(), List.of(new Change.PutNudge(nudge("n9", "c1", "k:n9"))));
        assertEquals(List.of("n7", "n8", "n9"), store.activeNudges(ws, "c1").stream().map(Nudge::id).sorted().toList());
        assertEquals(Set.of("7", "8", "9"), redis.smembers(keys.customerNudges("c1")));
        store.commit(ws, List.of(), List.of(new Change.DeleteCustomer("c1")));
        assertEquals(Set.of(), redis.hkeys(keys.nudges()));
    }

    private static Nudge nudge(String id, String customerId, String key) {
        return new Nudge(id, customerId, "k", key, new Person("U1", "Una"), NudgeState.SCHEDULED, T0, T0, 0, 0,
                Map.of(), null, null);
    }

    @Test
    void a_timeline_written_in_the_positional_form_still_reads_and_loses_text_as_dense_touches_arrive() {
        Keys keys = new Keys(ws);
        redis.hset(keys.refs("c1"), Map.of("0", "pX-1\u001fXu", "1", "schannel:C-acme"));
        String at = Long.toString(T0.getEpochSecond(), 36);
        redis.lpush(keys.touches("c1"), "tbefore01\u001fK\u001f" + at + "\u001f0\u001f1\u001fold thanks",
                "tbefore02\u001fm\u001f" + at + "\u001f0\u001f1\u001fold note");
        Store noting = new RedisStore(redis, BOUND, 2);
        Touch fresh = new Touch("tnew00001", "c1", TouchKind.CALL, Direction.OUT, new Person("X-1", "Xu"),
                T0.plusSeconds(60), "a call", "channel:C-acme");
        noting.commit(ws, List.of(), List.of(new Change.AddTouch(fresh)));

        assertEquals(List.of(fresh,
                        new Touch("tbefore02", "c1", TouchKind.MESSAGE, Direction.OUT, new Person("X-1", "Xu"), T0,
                                "old note", "channel:C-acme"),
                        new Touch("tbefore01", "c1", TouchKind.THANKS, Direction.IN, new Person("X-1", "Xu"), T0, "",
                                "channel:C-acme")),
                noting.touches(ws, "c1", 10));
        noting.commit(ws, List.of(), List.of(new Change.CorrectTouch("c1", "tbefore02", TouchKind.MESSAGE,
                TouchKind.THANKS)));
        assertEquals(TouchKind.THANKS, noting.touches(ws, "c1", 10).get(1).kind());
    }

    @Test
    void every_key_of_a_workspace_is_in_its_hash_tag() {
        seedCustomerWithEverything("c1", "Acme", "C-acme");
        store.newId(ws, "c");

        List<String> keys = TestRedis.keysOf(ws);

        assertTrue(keys.size() >= 10, keys.toString());
        keys.forEach(key -> assertTrue(key.startsWith("rapport:{" + ws + "}:"), key));
    }

    @Test
    void a_failed_batch_leaves_every_key_it_would_have_written_untouched() {
        seedCustomerWithEverything("c1", "Acme", "C-acme");
        seedCustomerWithEverything("c2", "Globex", "C-globex");
        Nudge claimed = store.nudge(ws, "due-c2").orElseThrow();
        List<Expectation> expectations = List.of(new Expectation.CustomerExists("c1"),
                new Expectation.ActiveNudge("open:c1", "open-c1"), new Expectation.NameFree("globex"));
        List<Change> changes = List.of(
                new Change.PutCustomer(customer("c1", "Acme Renamed", "C-new")),
                new Change.PutCustomer(customer("c3", "Initech", "C-ini")),
                touchChange("t9", "c1", T0.plusSeconds(5)),
                new Change.PutCommitment(promise("p9", "c1")),
                new Change.AddNote(new Note("o9", "c1", ALICE, "more", T0)),
                new Change.PutDate(new ImportantDate("c1", "renewal", LocalDate.of(2001, 12, 1), ALICE)),
                new Change.AddFeedback(new FeedbackEntry("f9", "c1", 1, "slow", ALICE, T0)),
                new Change.PutNudge(claimed.closed(NudgeState.CANCELLED, "U-bob", T0)),
                new Change.PutNudge(nudge("n9", "c3", "new:c3", NudgeState.SCHEDULED, T0)),
                new Change.DeleteCustomer("c2"));
        List<String> batchKeys = ChangePlanner.plan(redis, new Keys(ws), BOUND, BOUND, expectations, changes).keys();
        Map<String, Object> batchBefore = snapshot(batchKeys);
        Map<String, Object> before = snapshot(TestRedis.keysOf(ws));

        ConflictException e = assertThrows(ConflictException.class, () -> store.commit(ws, expectations, changes));

        assertEquals(expectations.get(2), e.failed());
        assertTrue(batchKeys.size() >= 20, batchKeys.toString());
        assertEquals(batchBefore, snapshot(batchKeys), "every key of the batch is as it was");
        assertEquals(before, snapshot(TestRedis.keysOf(ws)), "no key of the workspace changed, none appeared");
    }

    @Test
    void forgetting_a_customer_leaves_no_key_and_no_index_entry_of_it() {
        seedCustomerWithEverything("c1", "Acme", "C-acme");
        seedCustomerWithEverything("c2", "Globex", "C-globex");
        Claim claim = claimMine(T0, Duration.ofMinutes(5), 10).stream()
                .filter(c -> c.nudge().customerId().equals("c1")).findFirst().orElseThrow();

        store.commit(ws, List.of(), List.of(new Change.DeleteCustomer("c1")));

        assertEquals(List.of(), TestRedis.scan("rapport:{" + ws + "}:*c:c1*"));
        Keys keys = new Keys(ws);
        Set<String> ofC1 = Set.of("c1", "acme", "C-acme", "p-c1", "due-c1", "open-c1", "done-c1", "due:c1", "open:c1",
                "done:c1");
        for (String hash : List.of(keys.customers(), keys.names(), keys.channels(), keys.promises(), keys.nudges(),
                keys.claims(), keys.nudgeKeys())) {
            redis.hgetAll(hash).forEach((field, value) -> assertFalse(
                    ofC1.contains(field) || ofC1.contains(value) || value.contains("\"c1\""),
                    hash + " still has " + field + " = " + value));
        }
        assertTrue(redis.zrange(keys.due(), 0, -1).stream().noneMatch(ofC1::contains));
        assertTrue(redis.smembers(keys.active()).stream().noneMatch(ofC1::contains));
        assertFalse(store.complete(claim, claim.nudge().delivered()), "the lease went with the nudge");
        assertNull(redis.hget(keys.nudges(), claim.nudge().id()));
    }

    @Test
    void a_plan_read_before_another_writer_changed_the_customer_is_refused_as_stale() {
        put(new Change.PutCustomer(customer("c1", "Acme", "C-1")));
        Keys keys = new Keys(ws);
        Batch late = ChangePlanner.plan(redis, keys, BOUND, BOUND, List.of(),
                List.of(new Change.PutCustomer(customer("c1", "Acme", "C-2"))));
        put(new Change.PutCustomer(customer("c1", "Acme", "C-3")));

        assertEquals(ChangePlanner.STALE, Script.BATCH.run(redis, late.keys(), late.args()));
        assertEquals("c1", redis.hget(keys.channels(), "C-3"));
        assertNull(redis.hget(keys.channels(), "C-2"));
    }

    @Test
    void concurrent_renames_of_one_customer_leave_exactly_one_name_indexed() throws Exception {
        put(new Change.PutCustomer(customer("c1", "Name 0")));
        try (RedisClient secondClient = TestRedis.newClient()) {
            Store second = new RedisStore(secondClient, BOUND);
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
                for (int i = 1; i <= 50; i++) {
                    second.commit(ws, List.of(), List.of(new Change.PutCustomer(customer("c1", "Other " + i))));
                }
            });
            for (int i = 1; i <= 50; i++) {
                put(new Change.PutCustomer(customer("c1", "Name " + i)));
            }
            other.get(20, TimeUnit.SECONDS);
        }

        Customer last = store.customer(ws, "c1").orElseThrow();
        assertEquals(Map.of(last.name().toLowerCase(Locale.ROOT), "c1"), redis.hgetAll(new Keys(ws).names()));
    }

    @Test
    void a_script_the_server_has_never_seen_runs_on_the_first_call() {
        Script fresh = new Script("probe", "return ARGV[1] -- " + UUID.randomUUID());

        assertEquals("hello", fresh.run(redis, List.of("rapport:{" + ws + "}:probe"), List.of("hello")));
        assertEquals("again", fresh.run(redis, List.of("rapport:{" + ws + "}:probe"), List.of("again")));
    }

    @Test
    void an_unreachable_redis_fails_with_a_store_exception_and_ping_says_false() {
        try (RedisClient nowhere = RedisClient.create("127.0.0.1", TestRedis.freePort())) {
            Store down = new RedisStore(nowhere);

            assertFalse(down.ping());
            StoreException e = assertThrows(StoreException.class, () -> down.customers(ws));
            assertTrue(e.getMessage().contains("list customers"), e.getMessage());
            assertThrows(StoreException.class, () -> down.commit(ws, List.of(), List.of(touchChange("t1", "c1", T0))));
        }
    }

    @Test
    void a_workspace_name_that_would_move_the_hash_tag_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> store.customers("a}b"));
        assertThrows(IllegalArgumentException.class, () -> store.newId("{x", "n"));
    }

    /** Each key's content by type, so two snapshots compare by value. */
    private Map<String, Object> snapshot(List<String> keys) {
        Map<String, Object> content = new TreeMap<>();
        for (String key : keys) {
            String type = redis.type(key);
            Object value = switch (type) {
                case "hash" -> new TreeMap<>(redis.hgetAll(key));
                case "list" -> redis.lrange(key, 0, -1);
                case "set" -> new TreeSet<>(redis.smembers(key));
                case "zset" -> redis.zrangeWithScores(key, 0, -1).toString();
                case "string" -> redis.get(key);
                case "none" -> "(none)";
                default -> throw new AssertionError("unexpected type " + type + " of " + key);
            };
            content.put(key, value);
        }
        return content;
    }
}
