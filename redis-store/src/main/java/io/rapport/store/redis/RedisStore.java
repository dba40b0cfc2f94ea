package io.rapport.store.redis;

import io.rapport.core.model.AuditEntry;
import io.rapport.core.model.Commitment;
import io.rapport.core.model.Correction;
import io.rapport.core.model.Customer;
import io.rapport.core.model.FeedbackEntry;
import io.rapport.core.model.HealthPoint;
import io.rapport.core.model.ImportantDate;
import io.rapport.core.model.Note;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Touch;
import io.rapport.core.port.Change;
import io.rapport.core.port.Claim;
import io.rapport.core.port.ConflictException;
import io.rapport.core.port.CustomerStats;
import io.rapport.core.port.Expectation;
import io.rapport.core.port.Store;
import io.rapport.core.port.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * {@link Store} on Redis. Reads are plain commands; every write goes through one Lua script per call
 * ({@code batch.lua}, {@code claim.lua}), so it is atomic in standalone Redis and in a cluster, where a
 * workspace's keys share one slot. The client is shared and thread-safe; closing it is the caller's job.
 */
public final class RedisStore implements Store {

    public static final int DEFAULT_TIMELINE_BOUND = 500;
    /** The newest touches that keep their text: what a person reads back; the rest is counted, not read. */
    public static final int DEFAULT_NOTED_TOUCHES = 20;

    private static final Logger LOG = LoggerFactory.getLogger(RedisStore.class);
    /** Re-planning only repeats while another writer keeps changing the same customer. */
    private static final int MAX_ATTEMPTS = 10;
    private static final String LEASE_LOST = "lost";

    private final UnifiedJedis jedis;
    private final int timelineBound;
    private final int notedTouches;

    public RedisStore(UnifiedJedis jedis) {
        this(jedis, DEFAULT_TIMELINE_BOUND);
    }

    /** @param timelineBound how many touches each customer's timeline keeps */
    public RedisStore(UnifiedJedis jedis, int timelineBound) {
        this(jedis, timelineBound, Math.min(DEFAULT_NOTED_TOUCHES, timelineBound));
    }

    /**
     * @param timelineBound how many touches each customer's timeline keeps
     * @param notedTouches  how many of the newest keep their text; older ones keep kind, direction, who, when
     *                      and source, which is all the rules and the health score read
     */
    public RedisStore(UnifiedJedis jedis, int timelineBound, int notedTouches) {
        this.jedis = Objects.requireNonNull(jedis, "jedis");
        if (timelineBound < 1) {
            throw new IllegalArgumentException("timelineBound must be at least 1, was " + timelineBound);
        }
        if (notedTouches < 0 || notedTouches > timelineBound) {
            throw new IllegalArgumentException("notedTouches must be between 0 and the timeline bound "
                    + timelineBound + ", was " + notedTouches);
        }
        this.timelineBound = timelineBound;
        this.notedTouches = notedTouches;
    }

    @Override
    public List<Customer> customers(String workspace) {
        Keys keys = new Keys(workspace);
        List<String> jsons = call("list customers", workspace, () -> jedis.hvals(keys.customers()));
        return jsons.stream()
                .map(json -> Json.read(json, Customer.class, "in " + workspace))
                .sorted(Comparator.comparing((Customer c) -> c.name().toLowerCase(Locale.ROOT))
                        .thenComparing(Customer::id))
                .toList();
    }

    @Override
    public Optional<Customer> customer(String workspace, String customerId) {
        Keys keys = new Keys(workspace);
        return Json.readIfAny(Customer.class, customerId,
                call("read customer", workspace, () -> jedis.hget(keys.customers(), customerId)));
    }

    @Override
    public Optional<Customer> customerByChannel(String workspace, String channel) {
        Keys keys = new Keys(workspace);
        String id = call("look up channel", workspace, () -> jedis.hget(keys.channels(), channel));
        return id == null ? Optional.empty() : customer(workspace, id);
    }

    @Override
    public List<Touch> touches(String workspace, String customerId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Keys keys = new Keys(workspace);
        List<String> stored = call("read timeline", workspace,
                () -> jedis.lrange(keys.touches(customerId), 0, limit - 1L));
        if (stored.isEmpty()) {
            return List.of();
        }
        // refs only grow, so reading them after the timeline finds every index it names
        Refs refs = new Refs(call("read timeline", workspace, () -> jedis.hgetAll(keys.refs(customerId))));
        return stored.stream().map(s -> TouchCodec.decode(s, customerId, refs)).toList();
    }

    @Override
    public CustomerStats stats(String workspace, String customerId) {
        return Stats.read(call("read stats", workspace, () -> jedis.hgetAll(new Keys(workspace).stats(customerId))));
    }

    @Override
    public List<Commitment> commitments(String workspace, String customerId) {
        Keys keys = new Keys(workspace);
        List<String> ids = call("list promises", workspace,
                () -> IdMembers.read(jedis, keys.customerPromises(customerId), IdMembers.PROMISE));
        return hashValues(workspace, keys.promises(), ids, CommitmentCodec::decode).stream()
                .sorted(Comparator.comparing(Commitment::due).thenComparing(Commitment::id))
                .toList();
    }

    @Override
    public Optional<Commitment> commitment(String workspace, String commitmentId) {
        Keys keys = new Keys(workspace);
        return Optional.ofNullable(call("read promise", workspace, () -> jedis.hget(keys.promises(), commitmentId)))
                .map(stored -> CommitmentCodec.decode(commitmentId, stored));
    }

    @Override
    public List<Note> notes(String workspace, String customerId) {
        Keys keys = new Keys(workspace);
        return Json.readAll(Note.class, customerId,
                call("read notes", workspace, () -> jedis.lrange(keys.notes(customerId), 0, -1)));
    }

    @Override
    public Optional<String> setting(String workspace, String name) {
        Keys keys = new Keys(workspace);
        return Optional.ofNullable(call("read a setting", workspace, () -> jedis.hget(keys.settings(), name)));
    }

    /** Soonest first. */
    @Override
    public List<ImportantDate> dates(String workspace, String customerId) {
        Keys keys = new Keys(workspace);
        return Json.readAll(ImportantDate.class, customerId,
                call("read dates", workspace, () -> jedis.hvals(keys.dates(customerId)))).stream()
                .sorted(Comparator.comparing(ImportantDate::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ImportantDate::label))
                .toList();
    }

    /** Oldest first, in the order they were added. */
    @Override
    public List<FeedbackEntry> feedback(String workspace, String customerId) {
        Keys keys = new Keys(workspace);
        return Json.readAll(FeedbackEntry.class, customerId,
                call("read feedback", workspace, () -> jedis.lrange(keys.feedback(customerId), 0, -1)));
    }

    @Override
    public Optional<Nudge> nudge(String workspace, String nudgeId) {
        Keys keys = new Keys(workspace);
        return Optional.ofNullable(call("read nudge", workspace, () -> jedis.hget(keys.nudges(), nudgeId)))
                .map(stored -> NudgeCodec.decode(nudgeId, stored));
    }

    @Override
    public Optional<Nudge> activeNudge(String workspace, String key) {
        Keys keys = new Keys(workspace);
        String id = call("look up nudge key", workspace, () -> jedis.hget(keys.nudgeKeys(), key));
        return id == null ? Optional.empty() : nudge(workspace, id).filter(n -> n.state().isActive());
    }

    /** Soonest due first. */
    @Override
    public List<Nudge> activeNudges(String workspace) {
        Keys keys = new Keys(workspace);
        Set<String> ids = call("list active nudges", workspace, () -> jedis.smembers(keys.active()));
        return hashValues(workspace, keys.nudges(), ids, NudgeCodec::decode).stream()
                .sorted(Comparator.comparing(Nudge::dueAt).thenComparing(Nudge::id))
                .toList();
    }

    /** Soonest due first. */
    @Override
    public List<Nudge> activeNudges(String workspace, String customerId) {
        Keys keys = new Keys(workspace);
        List<String> ids = call("list a customer's active nudges", workspace,
                () -> IdMembers.readIn(jedis, keys.customerNudges(customerId), IdMembers.NUDGE, keys.active()));
        return hashValues(workspace, keys.nudges(), ids, NudgeCodec::decode).stream()
                .sorted(Comparator.comparing(Nudge::dueAt).thenComparing(Nudge::id))
                .toList();
    }

    @Override
    public List<HealthPoint> healthHistory(String workspace, String customerId) {
        Keys keys = new Keys(workspace);
        Map<String, String> days = call("read health history", workspace, () -> jedis.hgetAll(keys.health(customerId)));
        try {
            return days.entrySet().stream()
                    .map(e -> new HealthPoint(customerId, LocalDate.parse(e.getKey()), Integer.parseInt(e.getValue())))
                    .sorted(Comparator.comparing(HealthPoint::day))
                    .toList();
        } catch (RuntimeException e) {
            throw new StoreException("stored health history of " + customerId + " in " + workspace
                    + " is unreadable", e);
        }
    }

    @Override
    public Optional<Correction> correction(String workspace, String customerId, String messageKey) {
        Keys keys = new Keys(workspace);
        return Json.readIfAny(Correction.class, messageKey, call("read a correction", workspace,
                () -> jedis.hget(keys.corrections(customerId), messageKey)));
    }

    @Override
    public List<AuditEntry> auditLog(String workspace, int limit) {
        return call("read the audit log", workspace, () -> AuditLog.read(jedis, new Keys(workspace), limit));
    }

    @Override
    public String newId(String workspace, String prefix) {
        Keys keys = new Keys(workspace);
        return prefix + call("allocate an id", workspace, () -> jedis.incr(keys.seq()));
    }

    @Override
    public void commit(String workspace, List<Expectation> expectations, List<Change> changes) {
        Keys keys = new Keys(workspace);
        if (expectations.isEmpty() && changes.isEmpty()) {
            return;
        }
        if (!changes.isEmpty()) {
            // outside the batch (another slot); registering first means no written workspace is ever missed
            call("register workspace", workspace, () -> jedis.sadd(Keys.WORKSPACES, workspace));
        }
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Batch batch = call("read before commit", workspace,
                    () -> ChangePlanner.plan(jedis, keys, timelineBound, notedTouches, expectations, changes));
            Object answer = call("commit", workspace, () -> Script.BATCH.run(jedis, batch.keys(), batch.args()));
            if (Batch.applied(answer)) {
                return;
            }
            int failed = ChangePlanner.failedExpectation(answer.toString());
            if (failed >= 0) {
                throw new ConflictException(expectations.get(failed));
            }
            if (!ChangePlanner.STALE.equals(answer)) {
                throw new StoreException("commit in workspace " + workspace + " got an unexpected answer", null);
            }
        }
        throw new StoreException("commit in workspace " + workspace + " kept racing with other writers of the same "
                + "customer; gave up after " + MAX_ATTEMPTS + " attempts", null);
    }

    /**
     * One script per workspace until {@code limit} is reached. If Redis fails part-way, the exception
     * propagates and the nudges leased so far are simply due again when their lease ends.
     */
    @Override
    public List<Claim> claimDue(Instant now, Duration lease, int limit, Predicate<String> accepted) {
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, was " + lease);
        }
        List<Claim> claims = new ArrayList<>();
        if (limit <= 0) {
            return claims;
        }
        List<String> workspaces = new ArrayList<>(workspaces().stream().filter(accepted).toList());
        // no fixed order, so one busy workspace cannot keep the others waiting
        Collections.shuffle(workspaces);
        String nowMs = Long.toString(now.toEpochMilli());
        String leaseEndMs = Long.toString(now.plus(lease).toEpochMilli());
        String tokenPrefix = UUID.randomUUID().toString();
        for (String workspace : workspaces) {
            int wanted = limit - claims.size();
            if (wanted <= 0) {
                break;
            }
            Keys keys = new Keys(workspace);
            Object answer = call("claim due nudges", workspace, () -> Script.CLAIM.run(jedis,
                    List.of(keys.due(), keys.claims(), keys.nudges()),
                    List.of(nowMs, leaseEndMs, Integer.toString(wanted), tokenPrefix)));
            List<?> triples = (List<?>) answer;
            for (int i = 0; i + 2 < triples.size(); i += 3) {
                String id = triples.get(i).toString();
                try {
                    Nudge nudge = NudgeCodec.decode(id, triples.get(i + 1).toString());
                    claims.add(new Claim(workspace, nudge, triples.get(i + 2).toString()));
                } catch (StoreException unreadable) {
                    // one damaged record must not stop every delivery; it stays leased and comes back each lease
                    LOG.warn("skipping unreadable nudge {} in workspace {}", id, workspace, unreadable);
                }
            }
        }
        return claims;
    }

    @Override
    public boolean complete(Claim claim, Nudge updated) {
        return endLease(claim, updated, "complete");
    }

    @Override
    public boolean release(Claim claim, Nudge updated) {
        if (updated.state() != NudgeState.SCHEDULED) {
            throw new IllegalArgumentException("a released nudge must be SCHEDULED, was " + updated.state());
        }
        return endLease(claim, updated, "release");
    }

    @Override
    public Set<String> workspaces() {
        return Set.copyOf(call("list workspaces", null, () -> jedis.smembers(Keys.WORKSPACES)));
    }

    @Override
    public boolean ping() {
        try {
            return "PONG".equalsIgnoreCase(jedis.ping());
        } catch (RuntimeException e) {
            // a health check answers the question; the reason is still worth a trace
            LOG.debug("redis ping failed: {}", e.toString());
            return false;
        }
    }

    private boolean endLease(Claim claim, Nudge updated, String what) {
        if (!claim.nudge().id().equals(updated.id())) {
            throw new IllegalArgumentException("cannot " + what + " claim of " + claim.nudge().id() + " with nudge "
                    + updated.id());
        }
        Keys keys = new Keys(claim.workspace());
        Batch batch = new Batch().expectValue(keys.claims(), updated.id(), claim.token(), LEASE_LOST);
        ChangePlanner.putNudge(batch, keys, updated);
        Object answer = call(what + " claim", claim.workspace(),
                () -> Script.BATCH.run(jedis, batch.keys(), batch.args()));
        if (Batch.applied(answer)) {
            return true;
        }
        if (LEASE_LOST.equals(answer)) {
            return false;
        }
        throw new StoreException(what + " in workspace " + claim.workspace() + " got an unexpected answer", null);
    }

    /** The records stored under {@code ids}, each decoded with its id; an id whose record is gone is skipped. */
    private <T> List<T> hashValues(String workspace, String hash, Collection<String> ids,
            BiFunction<String, String, T> decode) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> order = List.copyOf(ids);
        List<String> stored = call("read " + hash.substring(hash.lastIndexOf(':') + 1), workspace,
                () -> jedis.hmget(hash, order.toArray(String[]::new)));
        List<T> out = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            if (stored.get(i) != null) {
                out.add(decode.apply(order.get(i), stored.get(i)));
            }
        }
        return out;
    }

    /** Every Jedis failure leaves as a StoreException that says what was being done, with the cause attached. */
    private static <T> T call(String what, String workspace, Supplier<T> operation) {
        try {
            return operation.get();
        } catch (JedisException e) {
            throw new StoreException("redis: could not " + what + (workspace == null ? "" : " in workspace " + workspace),
                    e);
        }
    }
}
