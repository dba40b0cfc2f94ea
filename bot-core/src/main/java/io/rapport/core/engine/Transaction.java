package io.rapport.core.engine;

import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.port.Change;
import io.rapport.core.port.ConflictException;
import io.rapport.core.port.Expectation;
import io.rapport.core.rule.Decision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One atomic write: what happened, plus what the rules decided about it. Each nudge key read is pinned with an
 * expectation, so a concurrent writer makes the commit fail and the whole plan is made again from fresh state;
 * decisions made within one plan see each other (a key cleared earlier in the batch is free later in it).
 */
final class Transaction {
    private static final int ATTEMPTS = 3;
    private final Context context;
    private final String workspace;
    private final List<Expectation> expectations = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final Map<String, Optional<Nudge>> keys = new HashMap<>();

    private Transaction(Context context, String workspace) {
        this.context = context;
        this.workspace = workspace;
    }

    /**
     * Plans and commits, planning again when a nudge key changed meanwhile. Other failed expectations
     * (a customer removed, a name taken) are the caller's to explain.
     */
    static void run(Context context, String workspace, Consumer<Transaction> plan) {
        for (int attempt = 1; ; attempt++) {
            Transaction tx = new Transaction(context, workspace);
            plan.accept(tx);
            try {
                context.store().commit(workspace, tx.expectations, tx.changes);
                return;
            } catch (ConflictException e) {
                if (!(e.failed() instanceof Expectation.ActiveNudge) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * {@link #run} for a write about one customer: if the customer is removed meanwhile, nothing is written and
     * the person is told so.
     */
    static void forCustomer(Context context, String workspace, Customer customer, Consumer<Transaction> plan) {
        try {
            run(context, workspace, tx -> {
                tx.expect(new Expectation.CustomerExists(customer.id()));
                plan.accept(tx);
            });
        } catch (ConflictException e) {
            if (e.failed() instanceof Expectation.CustomerExists) {
                throw new UserError(customer.name() + " was just removed; nothing was saved.");
            }
            throw e;
        }
    }

    String workspace() {
        return workspace;
    }

    Context context() {
        return context;
    }

    void expect(Expectation expectation) {
        expectations.add(expectation);
    }

    void change(Change change) {
        changes.add(change);
    }

    /** The active nudge with this key as this batch leaves it. */
    Optional<Nudge> active(String key) {
        return keys.computeIfAbsent(key, k -> {
            Optional<Nudge> stored = context.store().activeNudge(workspace, k);
            expectations.add(new Expectation.ActiveNudge(k, stored.map(Nudge::id).orElse(null)));
            return stored;
        });
    }

    /** Writes a new version of an active nudge; fails the commit if it is no longer the active one. */
    void update(Nudge before, Nudge after) {
        Optional<Nudge> current = active(before.key());
        if (current.isEmpty() || !current.get().id().equals(before.id())) {
            throw new ConflictException(new Expectation.ActiveNudge(before.key(), before.id()));
        }
        changes.add(new Change.PutNudge(after));
        keys.put(after.key(), after.state().isActive() ? Optional.of(after) : Optional.empty());
    }

    /** Applies a rule's decisions about one customer (or the workspace, for workspace-wide ones). */
    void apply(String rule, String customerId, List<Decision> decisions) {
        for (Decision decision : decisions) {
            if (decision instanceof Decision.Schedule s) {
                schedule(rule, customerId, s);
            } else if (decision instanceof Decision.Clear c) {
                active(c.key()).ifPresent(n -> update(n, n.closed(NudgeState.CANCELLED, "rule:" + rule,
                        context.now())));
            }
        }
    }

    private void schedule(String rule, String customerId, Decision.Schedule s) {
        Optional<Nudge> current = active(s.key());
        if (current.isPresent()) {
            Nudge n = current.get();
            if (s.policy() == Decision.Policy.KEEP) {
                return;
            }
            if (n.state() == NudgeState.SCHEDULED) {
                update(n, n.replanned(s.assignee(), s.audience(), s.dueAt(), s.data(), s.expiresAt()));
                return;
            }
            update(n, n.closed(NudgeState.CANCELLED, "rule:" + rule, context.now()));
        }
        Nudge created = new Nudge(context.store().newId(workspace, "n"), s.workspaceWide() ? null : customerId,
                rule, s.key(), s.assignee(), NudgeState.SCHEDULED, s.dueAt(), context.now(), 0, 0, s.data(), null,
                null, s.audience(), s.expiresAt());
        changes.add(new Change.PutNudge(created));
        keys.put(s.key(), Optional.of(created));
    }
}
