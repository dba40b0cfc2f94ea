package io.rapport.store.redis;

import io.rapport.core.model.Commitment;
import io.rapport.core.model.Customer;
import io.rapport.core.model.HealthPoint;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Touch;
import io.rapport.core.port.Change;
import io.rapport.core.port.Expectation;
import io.rapport.core.port.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import redis.clients.jedis.UnifiedJedis;

/**
 * Translates one commit into a {@link Batch}. Index upkeep needs the state before the batch (a renamed
 * customer's old name, a forgotten customer's nudges), so it is read here first; every such read
 * becomes a check, and if another writer changed it in between the script answers {@link #STALE}
 * and the commit is planned again.
 */
final class ChangePlanner {

    /** The code of a failed read guard, as opposed to a failed expectation. */
    static final String STALE = "stale";

    private static final String EXPECTATION = "x";

    private final UnifiedJedis jedis;
    private final Keys keys;
    private final int timelineBound;
    private final int notedTouches;
    private final Batch batch = new Batch();
    /** A customer as this batch has left it so far; empty once deleted. */
    private final Map<String, Optional<Customer>> customers = new HashMap<>();
    /** Nudges and promises this batch adds, by customer, so that a later delete in it removes them too. */
    private final Map<String, Map<String, String>> addedNudges = new HashMap<>();
    private final Map<String, Set<String>> addedPromises = new HashMap<>();
    /** Each customer's interned people and sources, read once per batch. */
    private final Map<String, Refs> refs = new HashMap<>();

    private ChangePlanner(UnifiedJedis jedis, Keys keys, int timelineBound, int notedTouches) {
        this.jedis = jedis;
        this.keys = keys;
        this.timelineBound = timelineBound;
        this.notedTouches = notedTouches;
    }

    static Batch plan(UnifiedJedis jedis, Keys keys, int timelineBound, int notedTouches,
            List<Expectation> expectations, List<Change> changes) {
        ChangePlanner planner = new ChangePlanner(jedis, keys, timelineBound, notedTouches);
        // expectations come first among the checks, so a real conflict is reported before a stale read
        for (int i = 0; i < expectations.size(); i++) {
            planner.expect(expectations.get(i), EXPECTATION + i);
        }
        for (Change change : changes) {
            planner.apply(change);
        }
        return planner.batch;
    }

    /** The expectation a script answer names, or -1 when the answer is not about an expectation. */
    static int failedExpectation(String answer) {
        return answer.startsWith(EXPECTATION) ? Integer.parseInt(answer.substring(EXPECTATION.length())) : -1;
    }

    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * Writes a nudge and its indexes. Any lease on it ends: a nudge written by a commit (snoozed,
     * cancelled, rescheduled) must not be overwritten later by the holder of an older lease.
     */
    static void putNudge(Batch batch, Keys keys, Nudge nudge) {
        String id = nudge.id();
        batch.hset(keys.nudges(), id, NudgeCodec.encode(nudge));
        if (nudge.state() == NudgeState.SCHEDULED) {
            batch.zadd(keys.due(), nudge.dueAt().toEpochMilli(), id);
        } else {
            batch.zrem(keys.due(), id);
        }
        batch.hdel(keys.claims(), id);
        if (nudge.state().isActive()) {
            batch.hset(keys.nudgeKeys(), nudge.key(), id).sadd(keys.active(), id);
        } else {
            batch.hdelIfEquals(keys.nudgeKeys(), nudge.key(), id).srem(keys.active(), id);
        }
        if (nudge.customerId() != null) {
            addId(batch, keys.customerNudges(nudge.customerId()), id, IdMembers.NUDGE);
        }
    }

    /** Adds an id to a customer's id set, dropping the whole-id member an older write may have left for it. */
    private static void addId(Batch batch, String setKey, String id, char prefix) {
        String member = IdMembers.member(id, prefix);
        batch.sadd(setKey, member);
        if (!member.equals(id)) {
            batch.srem(setKey, id);
        }
    }

    private void expect(Expectation expectation, String code) {
        if (expectation instanceof Expectation.NameFree e) {
            batch.expectNoField(keys.names(), nameKey(e.name()), code);
        } else if (expectation instanceof Expectation.CustomerExists e) {
            batch.expectField(keys.customers(), e.customerId(), code);
        } else if (expectation instanceof Expectation.Unseen e) {
            batch.expectNoKey(keys.seen(e.token()), code);
        } else if (expectation instanceof Expectation.ActiveNudge e) {
            if (e.nudgeId() == null) {
                batch.expectNoField(keys.nudgeKeys(), e.key(), code);
            } else {
                batch.expectValue(keys.nudgeKeys(), e.key(), e.nudgeId(), code);
            }
        } else {
            throw new IllegalArgumentException("unknown expectation " + expectation);
        }
    }

    private void apply(Change change) {
        if (change instanceof Change.PutCustomer c) {
            putCustomer(c.customer());
        } else if (change instanceof Change.DeleteCustomer c) {
            deleteCustomer(c.customerId());
        } else if (change instanceof Change.AddTouch c) {
            String customerId = c.touch().customerId();
            batch.lpushTrimmed(keys.touches(customerId), encode(c.touch()), timelineBound, notedTouches);
            Stats.add(batch, keys.stats(customerId), c.touch());
        } else if (change instanceof Change.PutCommitment c) {
            Commitment commitment = c.commitment();
            batch.hset(keys.promises(), commitment.id(), CommitmentCodec.encode(commitment));
            addId(batch, keys.customerPromises(commitment.customerId()), commitment.id(), IdMembers.PROMISE);
            addedPromises.computeIfAbsent(commitment.customerId(), k -> new LinkedHashSet<>()).add(commitment.id());
        } else if (change instanceof Change.AddNote c) {
            batch.rpush(keys.notes(c.note().customerId()), Json.write(c.note()));
        } else if (change instanceof Change.PutDate c) {
            batch.hset(keys.dates(c.date().customerId()), c.date().label(), Json.write(c.date()));
        } else if (change instanceof Change.AddFeedback c) {
            batch.rpush(keys.feedback(c.entry().customerId()), Json.write(c.entry()));
        } else if (change instanceof Change.PutNudge c) {
            Nudge nudge = c.nudge();
            putNudge(batch, keys, nudge);
            if (nudge.customerId() != null) {
                addedNudges.computeIfAbsent(nudge.customerId(), k -> new LinkedHashMap<>())
                        .put(nudge.id(), nudge.key());
            }
        } else if (change instanceof Change.CorrectTouch c) {
            correctTouch(c);
        } else if (change instanceof Change.PutCorrection c) {
            batch.hset(keys.corrections(c.correction().customerId()), c.correction().messageKey(),
                    Json.write(c.correction()));
        } else if (change instanceof Change.PutHealth c) {
            putHealth(c.point());
        } else if (change instanceof Change.Seen c) {
            batch.setExpiring(keys.seen(c.token()), Change.Seen.REMEMBERED.toSeconds());
        } else if (change instanceof Change.Audit c) {
            batch.xadd(keys.audit(), Json.write(c.entry()));
        } else if (change instanceof Change.PutSetting c) {
            if (c.value() == null) {
                batch.hdel(keys.settings(), c.name());
            } else {
                batch.hset(keys.settings(), c.name(), c.value());
            }
        } else {
            throw new IllegalArgumentException("unknown change " + change);
        }
    }

    /**
     * Finds the touch on the timeline and rewrites it in place. New touches push in at the head and shift
     * positions, so the element read is guarded: if it moved, the commit is planned again.
     */
    private void correctTouch(Change.CorrectTouch c) {
        String key = keys.touches(c.customerId());
        List<String> stored = jedis.lrange(key, 0, -1);
        for (int i = 0; i < stored.size(); i++) {
            Touch touch = TouchCodec.decode(stored.get(i), c.customerId(), refs(c.customerId()));
            if (touch.id().equals(c.touchId())) {
                if (touch.kind() == c.from()) {
                    Touch fixed = touch.withKind(c.to());
                    batch.expectListElement(key, i, stored.get(i), STALE).lset(key, i, encode(fixed));
                    Stats.rekind(batch, keys.stats(c.customerId()), touch, fixed);
                }
                return;
            }
        }
    }

    /**
     * The touch in its stored form; the people and sources it names that the customer's refs lack are
     * added in this batch, guarded by the size the refs had when read (another writer may add the same index).
     */
    private String encode(Touch touch) {
        Refs customerRefs = refs(touch.customerId());
        String encoded = TouchCodec.encode(touch, customerRefs);
        Map<String, String> added = customerRefs.drainAdded();
        if (!added.isEmpty()) {
            String key = keys.refs(touch.customerId());
            if (customerRefs.guard()) {
                batch.expectHashSize(key, customerRefs.storedSize(), STALE);
            }
            added.forEach((index, value) -> batch.hset(key, index, value));
        }
        return encoded;
    }

    private Refs refs(String customerId) {
        return refs.computeIfAbsent(customerId, id -> new Refs(jedis.hgetAll(keys.refs(id))));
    }

    /** Sets the day's score and drops days older than the history keeps (idempotent, so read unguarded). */
    private void putHealth(HealthPoint point) {
        String key = keys.health(point.customerId());
        batch.hset(key, point.day().toString(), Integer.toString(point.score()));
        LocalDate newest = point.day();
        Set<String> days = jedis.hkeys(key);
        for (String day : days) {
            LocalDate d = LocalDate.parse(day);
            newest = d.isAfter(newest) ? d : newest;
        }
        LocalDate oldestKept = newest.minusDays(Store.HEALTH_DAYS);
        for (String day : days) {
            if (LocalDate.parse(day).isBefore(oldestKept)) {
                batch.hdel(key, day);
            }
        }
    }

    private void putCustomer(Customer customer) {
        String id = customer.id();
        Optional<Customer> before = current(id);
        String name = nameKey(customer.name());
        batch.hset(keys.customers(), id, Json.write(customer));
        before.map(old -> nameKey(old.name()))
                .filter(oldName -> !oldName.equals(name))
                .ifPresent(oldName -> batch.hdelIfEquals(keys.names(), oldName, id));
        batch.hset(keys.names(), name, id);
        before.ifPresent(old -> old.channels().stream()
                .filter(channel -> !customer.channels().contains(channel))
                .forEach(channel -> batch.hdelIfEquals(keys.channels(), channel, id)));
        customer.channels().forEach(channel -> batch.hset(keys.channels(), channel, id));
        customers.put(id, Optional.of(customer));
    }

    private void deleteCustomer(String id) {
        current(id).ifPresent(old -> {
            batch.hdelIfEquals(keys.names(), nameKey(old.name()), id);
            old.channels().forEach(channel -> batch.hdelIfEquals(keys.channels(), channel, id));
        });
        batch.hdel(keys.customers(), id);
        storedNudgeKeys(id).forEach(this::deleteNudge);
        addedNudges.getOrDefault(id, Map.of()).forEach(this::deleteNudge);
        Set<String> promises = new LinkedHashSet<>(storedIds(keys.customerPromises(id), IdMembers.PROMISE));
        promises.addAll(addedPromises.getOrDefault(id, Set.of()));
        promises.forEach(promise -> batch.hdel(keys.promises(), promise));
        keys.allOfCustomer(id).forEach(batch::del);
        // touches added after the delete in this batch start a fresh refs hash (the old one is deleted)
        refs.put(id, new Refs(Map.of()));
        customers.put(id, Optional.empty());
        addedNudges.remove(id);
        addedPromises.remove(id);
    }

    private void deleteNudge(String id, String key) {
        batch.hdel(keys.nudges(), id).zrem(keys.due(), id).hdel(keys.claims(), id).srem(keys.active(), id);
        if (key != null) {
            batch.hdelIfEquals(keys.nudgeKeys(), key, id);
        }
    }

    /** The customer before this change: from earlier in the batch, else read and guarded. */
    private Optional<Customer> current(String id) {
        Optional<Customer> known = customers.get(id);
        if (known != null) {
            return known;
        }
        String json = jedis.hget(keys.customers(), id);
        if (json == null) {
            batch.expectNoField(keys.customers(), id, STALE);
        } else {
            batch.expectValue(keys.customers(), id, json, STALE);
        }
        Optional<Customer> stored = Optional.ofNullable(json).map(j -> Json.read(j, Customer.class, id));
        customers.put(id, stored);
        return stored;
    }

    /** A customer's stored nudges, id to key. The id set only grows, so its size guards it. */
    private Map<String, String> storedNudgeKeys(String customerId) {
        List<String> ids = new ArrayList<>(storedIds(keys.customerNudges(customerId), IdMembers.NUDGE));
        Map<String, String> byId = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        // a nudge's key never changes, so reading it needs no guard of its own
        List<String> jsons = jedis.hmget(keys.nudges(), ids.toArray(String[]::new));
        for (int i = 0; i < ids.size(); i++) {
            String stored = jsons.get(i);
            byId.put(ids.get(i), stored == null ? null : NudgeCodec.decode(ids.get(i), stored).key());
        }
        return byId;
    }

    /** The ids in one of a customer's id sets; the set only grows, so its size guards it. */
    private List<String> storedIds(String setKey, char prefix) {
        Set<String> members = jedis.smembers(setKey);
        batch.expectSetSize(setKey, members.size(), STALE);
        return members.stream().map(member -> IdMembers.id(member, prefix)).distinct().toList();
    }
}
