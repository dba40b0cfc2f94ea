package io.rapport.core.testing;

import io.rapport.core.model.AuditEntry;
import io.rapport.core.model.Commitment;
import io.rapport.core.model.Correction;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The store contract in memory, for fast core tests. The Redis store passes the same contract tests, so
 * what the core learns here holds there.
 */
public final class InMemoryStore implements Store {
    private final Map<String, Space> spaces = new HashMap<>();
    private final int timelineBound;

    public InMemoryStore() {
        this(500);
    }

    public InMemoryStore(int timelineBound) {
        this.timelineBound = timelineBound;
    }

    private static final class Space {
        final Map<String, Customer> customers = new LinkedHashMap<>();
        final Map<String, List<Touch>> touches = new HashMap<>();
        final Map<String, CustomerStats> stats = new HashMap<>();
        final Map<String, Commitment> promises = new LinkedHashMap<>();
        final Map<String, List<Note>> notes = new HashMap<>();
        final Map<String, Map<String, ImportantDate>> dates = new HashMap<>();
        final Map<String, List<FeedbackEntry>> feedback = new HashMap<>();
        final Map<String, Nudge> nudges = new LinkedHashMap<>();
        final Map<String, String> claims = new HashMap<>();
        final Map<String, Instant> leasedUntil = new HashMap<>();
        final Map<String, String> settings = new HashMap<>();
        final Map<String, TreeMap<LocalDate, HealthPoint>> health = new HashMap<>();
        final Map<String, Map<String, Correction>> corrections = new HashMap<>();
        /** Tokens of {@code Change.Seen}: kept for the store's life, which is shorter than a day in tests. */
        final java.util.Set<String> seen = new java.util.HashSet<>();
        final List<AuditEntry> audit = new ArrayList<>();
        long seq;
    }

    private Space space(String ws) {
        return spaces.computeIfAbsent(ws, k -> new Space());
    }

    @Override
    public synchronized List<Customer> customers(String ws) {
        return List.copyOf(space(ws).customers.values());
    }

    @Override
    public synchronized Optional<Customer> customer(String ws, String id) {
        return Optional.ofNullable(space(ws).customers.get(id));
    }

    @Override
    public synchronized Optional<Customer> customerByChannel(String ws, String channel) {
        return space(ws).customers.values().stream().filter(c -> c.channels().contains(channel)).findFirst();
    }

    @Override
    public synchronized List<Touch> touches(String ws, String customerId, int limit) {
        List<Touch> all = space(ws).touches.getOrDefault(customerId, List.of());
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    @Override
    public synchronized CustomerStats stats(String ws, String customerId) {
        return space(ws).stats.getOrDefault(customerId, CustomerStats.NONE);
    }

    @Override
    public synchronized List<Commitment> commitments(String ws, String customerId) {
        return space(ws).promises.values().stream().filter(p -> p.customerId().equals(customerId)).toList();
    }

    @Override
    public synchronized Optional<Commitment> commitment(String ws, String id) {
        return Optional.ofNullable(space(ws).promises.get(id));
    }

    @Override
    public synchronized List<Note> notes(String ws, String customerId) {
        return List.copyOf(space(ws).notes.getOrDefault(customerId, List.of()));
    }

    @Override
    public synchronized List<ImportantDate> dates(String ws, String customerId) {
        return List.copyOf(space(ws).dates.getOrDefault(customerId, Map.of()).values());
    }

    @Override
    public synchronized List<FeedbackEntry> feedback(String ws, String customerId) {
        return List.copyOf(space(ws).feedback.getOrDefault(customerId, List.of()));
    }

    @Override
    public synchronized Optional<Nudge> nudge(String ws, String id) {
        return Optional.ofNullable(space(ws).nudges.get(id));
    }

    @Override
    public synchronized Optional<Nudge> activeNudge(String ws, String key) {
        return space(ws).nudges.values().stream().filter(n -> n.key().equals(key) && n.state().isActive())
                .findFirst();
    }

    @Override
    public synchronized List<Nudge> activeNudges(String ws) {
        return space(ws).nudges.values().stream().filter(n -> n.state().isActive()).toList();
    }

    @Override
    public synchronized List<Nudge> activeNudges(String ws, String customerId) {
        return space(ws).nudges.values().stream()
                .filter(n -> n.state().isActive() && customerId.equals(n.customerId())).toList();
    }

    @Override
    public synchronized List<HealthPoint> healthHistory(String ws, String customerId) {
        return List.copyOf(space(ws).health.getOrDefault(customerId, new TreeMap<>()).values());
    }

    @Override
    public synchronized Optional<Correction> correction(String ws, String customerId, String messageKey) {
        return Optional.ofNullable(space(ws).corrections.getOrDefault(customerId, Map.of()).get(messageKey));
    }

    @Override
    public synchronized Optional<String> setting(String ws, String name) {
        return Optional.ofNullable(space(ws).settings.get(name));
    }

    @Override
    public synchronized List<AuditEntry> auditLog(String ws, int limit) {
        List<AuditEntry> newestFirst = new ArrayList<>(space(ws).audit);
        java.util.Collections.reverse(newestFirst);
        return List.copyOf(newestFirst.subList(0, Math.max(0, Math.min(limit, newestFirst.size()))));
    }

    @Override
    public synchronized String newId(String ws, String prefix) {
        return prefix + (++space(ws).seq);
    }

    @Override
    public synchronized void commit(String ws, List<Expectation> expectations, List<Change> changes) {
        Space s = space(ws);
        for (Expectation e : expectations) {
            if (!holds(s, e)) {
                throw new ConflictException(e);
            }
        }
        for (Change c : changes) {
            apply(s, c);
        }
    }

    private boolean holds(Space s, Expectation e) {
        if (e instanceof Expectation.NameFree n) {
            return s.customers.values().stream().noneMatch(c -> c.name().equalsIgnoreCase(n.name()));
        } else if (e instanceof Expectation.CustomerExists c) {
            return s.customers.containsKey(c.customerId());
        } else if (e instanceof Expectation.Unseen u) {
            return !s.seen.contains(u.token());
        } else if (e instanceof Expectation.ActiveNudge a) {
            String current = s.nudges.values().stream().filter(n -> n.key().equals(a.key()) && n.state().isActive())
                    .map(Nudge::id).findFirst().orElse(null);
            return a.nudgeId() == null ? current == null : a.nudgeId().equals(current);
        }
        throw new IllegalArgumentException(e.toString());
    }

    private void apply(Space s, Change change) {
        if (change instanceof Change.PutCustomer p) {
            s.customers.put(p.customer().id(), p.customer());
        } else if (change instanceof Change.DeleteCustomer d) {
            String id = d.customerId();
            s.customers.remove(id);
            s.touches.remove(id);
            s.stats.remove(id);
            s.promises.values().removeIf(p -> p.customerId().equals(id));
            s.notes.remove(id);
            s.dates.remove(id);
            s.feedback.remove(id);
            s.health.remove(id);
            s.corrections.remove(id);
            s.nudges.values().removeIf(n -> id.equals(n.customerId()));
        } else if (change instanceof Change.Seen seen) {
            s.seen.add(seen.token());
        } else if (change instanceof Change.AddTouch a) {
            Touch t = a.touch();
            List<Touch> list = s.touches.computeIfAbsent(t.customerId(), k -> new ArrayList<>());
            list.add(0, t);
            while (list.size() > timelineBound) {
                list.remove(list.size() - 1);
            }
            s.stats.put(t.customerId(), add(s.stats.getOrDefault(t.customerId(), CustomerStats.NONE), t));
        } else if (change instanceof Change.PutCommitment p) {
            s.promises.put(p.commitment().id(), p.commitment());
        } else if (change instanceof Change.AddNote n) {
            s.notes.computeIfAbsent(n.note().customerId(), k -> new ArrayList<>()).add(n.note());
        } else if (change instanceof Change.PutDate d) {
            s.dates.computeIfAbsent(d.date().customerId(), k -> new LinkedHashMap<>())
                    .put(d.date().label().toLowerCase(Locale.ROOT), d.date());
        } else if (change instanceof Change.AddFeedback f) {
            s.feedback.computeIfAbsent(f.entry().customerId(), k -> new ArrayList<>()).add(f.entry());
        } else if (change instanceof Change.PutNudge p) {
            putNudge(s, p.nudge());
        } else if (change instanceof Change.CorrectTouch c) {
            correctTouch(s, c);
        } else if (change instanceof Change.PutCorrection c) {
            s.corrections.computeIfAbsent(c.correction().customerId(), k -> new HashMap<>())
                    .put(c.correction().messageKey(), c.correction());
        } else if (change instanceof Change.PutHealth h) {
            TreeMap<LocalDate, HealthPoint> days = s.health.computeIfAbsent(h.point().customerId(),
                    k -> new TreeMap<>());
            days.put(h.point().day(), h.point());
            days.headMap(days.lastKey().minusDays(HEALTH_DAYS)).clear();
        } else if (change instanceof Change.Audit a) {
            s.audit.add(a.entry());
        } else if (change instanceof Change.PutSetting p) {
            if (p.value() == null) {
                s.settings.remove(p.name());
            } else {
                s.settings.put(p.name(), p.value());
            }
        }
    }

    private static void correctTouch(Space s, Change.CorrectTouch c) {
        List<Touch> list = s.touches.getOrDefault(c.customerId(), List.of());
        for (int i = 0; i < list.size(); i++) {
            Touch t = list.get(i);
            if (t.id().equals(c.touchId()) && t.kind() == c.from()) {
                Touch fixed = t.withKind(c.to());
                list.set(i, fixed);
                CustomerStats st = s.stats.getOrDefault(c.customerId(), CustomerStats.NONE);
                boolean in = t.direction() == Direction.IN;
                long delta = (fixed.kind().isGesture() ? 1 : 0) - (t.kind().isGesture() ? 1 : 0);
                s.stats.put(c.customerId(), new CustomerStats(st.touches(),
                        st.gesturesIn() + (in ? delta : 0), st.gesturesOut() + (in ? 0 : delta),
                        st.lastTouchAt(), st.lastInAt(), st.lastOutAt(), st.lastFaceTimeAt()));
                return;
            }
        }
    }

    /** Writing a nudge ends any lease on it: a snooze made during a delivery is not undone by it. */
    private static void putNudge(Space s, Nudge n) {
        s.nudges.put(n.id(), n);
        s.claims.remove(n.id());
        s.leasedUntil.remove(n.id());
    }

    private static CustomerStats add(CustomerStats st, Touch t) {
        boolean in = t.direction() == Direction.IN;
        return new CustomerStats(st.touches() + 1,
                st.gesturesIn() + (t.kind().isGesture() && in ? 1 : 0),
                st.gesturesOut() + (t.kind().isGesture() && !in ? 1 : 0),
                max(st.lastTouchAt(), t.at()),
                in ? max(st.lastInAt(), t.at()) : st.lastInAt(),
                in ? st.lastOutAt() : max(st.lastOutAt(), t.at()),
                t.kind().isFaceTime() ? max(st.lastFaceTimeAt(), t.at()) : st.lastFaceTimeAt());
    }

    private static Instant max(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    @Override
    public synchronized List<Claim> claimDue(Instant now, Duration lease, int limit, Predicate<String> workspaces) {
        List<Claim> out = new ArrayList<>();
        for (Map.Entry<String, Space> e : new TreeSet<>(spaces.keySet()).stream().filter(workspaces)
                .map(k -> Map.entry(k, spaces.get(k))).toList()) {
            Space s = e.getValue();
            List<Nudge> due = s.nudges.values().stream()
                    .filter(n -> n.state() == NudgeState.SCHEDULED)
                    .filter(n -> !effectiveDue(s, n).isAfter(now))
                    .sorted(Comparator.comparing(n -> effectiveDue(s, n)))
                    .toList();
            for (Nudge n : due) {
                if (out.size() >= limit) {
                    return out;
                }
                String token = UUID.randomUUID().toString();
                s.claims.put(n.id(), token);
                s.leasedUntil.put(n.id(), now.plus(lease));
                out.add(new Claim(e.getKey(), n, token));
            }
        }
        return out;
    }

    private static Instant effectiveDue(Space s, Nudge n) {
        return s.leasedUntil.getOrDefault(n.id(), n.dueAt());
    }

    @Override
    public synchronized boolean complete(Claim claim, Nudge updated) {
        return endLease(claim, updated);
    }

    @Override
    public synchronized boolean release(Claim claim, Nudge updated) {
        if (updated.state() != NudgeState.SCHEDULED) {
            throw new IllegalArgumentException("release needs a SCHEDULED nudge, not " + updated.state());
        }
        return endLease(claim, updated);
    }

    private boolean endLease(Claim claim, Nudge updated) {
        Space s = space(claim.workspace());
        if (!claim.token().equals(s.claims.get(updated.id()))) {
            return false;
        }
        s.claims.remove(updated.id());
        s.leasedUntil.remove(updated.id());
        putNudge(s, updated);
        return true;
    }

    @Override
    public synchronized Set<String> workspaces() {
        return Set.copyOf(spaces.keySet());
    }

    @Override
    public boolean ping() {
        return true;
    }
}
