package io.rapport.core.engine;

import io.rapport.core.model.Commitment;
import io.rapport.core.model.Customer;
import io.rapport.core.model.ImportantDate;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Person;
import io.rapport.core.model.Touch;
import io.rapport.core.rule.Decision;
import io.rapport.core.rule.Rule;
import io.rapport.core.rule.RuleContext;
import io.rapport.core.rule.Signals;
import java.util.List;
import java.util.function.BiFunction;

/** Tells every enabled rule what happened and applies their decisions to the transaction. */
final class RuleHooks {
    private final Context context;

    RuleHooks(Context context) {
        this.context = context;
    }

    void touch(Transaction tx, Customer customer, Touch touch, Signals signals, Person actor) {
        each(tx, customer, actor, (rule, c) -> rule.onTouch(c, touch, signals));
    }

    void customerAdded(Transaction tx, Customer customer, Person actor) {
        each(tx, customer, actor, Rule::onCustomerAdded);
    }

    void dateSet(Transaction tx, Customer customer, ImportantDate date, Person actor) {
        each(tx, customer, actor, (rule, c) -> rule.onDateSet(c, date));
    }

    void promise(Transaction tx, Customer customer, Commitment promise, Signals signals, Person actor) {
        each(tx, customer, actor, (rule, c) -> rule.onPromise(c, promise, signals));
    }

    void closed(Transaction tx, Customer customer, Nudge closed, Person actor) {
        each(tx, customer, actor, (rule, c) -> rule.onNudgeClosed(c, closed));
    }

    void teamLinked(Transaction tx, Person actor) {
        each(tx, null, actor, Rule::onTeamLinked);
    }

    /** Only the nudge's own rule hears that it came due. */
    void due(Transaction tx, Customer customer, Nudge due) {
        context.enabled(due.rule()).ifPresent(rule ->
                tx.apply(rule.id(), due.customerId(), rule.onDue(situation(tx, customer, null), due)));
    }

    private void each(Transaction tx, Customer customer, Person actor,
                      BiFunction<Rule, RuleContext, List<Decision>> hook) {
        RuleContext situation = situation(tx, customer, actor);
        for (Rule rule : context.rules()) {
            if (rule.enabled(context.rulebook())) {
                tx.apply(rule.id(), customer == null ? null : customer.id(), hook.apply(rule, situation));
            }
        }
    }

    private RuleContext situation(Transaction tx, Customer customer, Person actor) {
        List<Nudge> active = customer == null ? List.of()
                : new ReadOnUse<>(() -> context.store().activeNudges(tx.workspace(), customer.id()));
        return new RuleContext(customer, active, context.rulebook(), context.now(), actor);
    }
}
