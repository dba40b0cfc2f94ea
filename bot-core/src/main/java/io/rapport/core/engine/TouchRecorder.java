package io.rapport.core.engine;

import io.rapport.core.model.Customer;
import io.rapport.core.model.Person;
import io.rapport.core.model.Touch;
import io.rapport.core.port.Change;
import io.rapport.core.rule.Signals;
import java.util.function.Consumer;

/**
 * Records a touch together with what every rule decides about it, in one atomic commit: a touch is never
 * stored without its nudges, nor a nudge without its touch. The customer is scored again afterwards.
 */
final class TouchRecorder {
    /**
     * How much of an observed message the timeline keeps: enough to recognise it, not the customer's whole
     * text (rules and their nudges see the full message while it is read; health needs only who and when).
     */
    static final int OBSERVED_EXCERPT = 60;

    private final Context context;
    private final RuleHooks hooks;
    private final HealthKeeper health;

    TouchRecorder(Context context, RuleHooks hooks, HealthKeeper health) {
        this.context = context;
        this.hooks = hooks;
        this.health = health;
    }

    void record(String workspace, Customer customer, Touch touch, Signals signals, Person actor) {
        record(workspace, customer, touch, signals, actor, tx -> { });
    }

    /**
     * Records the touch with {@code alongside}: other writes (and rule decisions) that must happen with it or
     * not at all. {@code customer} is the profile as it is after those writes.
     */
    void record(String workspace, Customer customer, Touch touch, Signals signals, Person actor,
                Consumer<Transaction> alongside) {
        Transaction.forCustomer(context, workspace, customer, tx -> {
            tx.change(new Change.AddTouch(touch.source().startsWith("channel:") ? touch.excerpt(OBSERVED_EXCERPT)
                    : touch));
            alongside.accept(tx);
            hooks.touch(tx, customer, touch, signals, actor);
        });
        health.refresh(workspace, customer.id());
    }
}
