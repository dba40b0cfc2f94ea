package io.rapport.core.engine;

import io.rapport.core.command.Command;
import io.rapport.core.command.Echo;
import io.rapport.core.event.Actor;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.message.Card;
import io.rapport.core.message.Fact;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Commitment;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Person;
import io.rapport.core.port.Change;
import io.rapport.core.rule.Signals;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Promises: recorded by command, kept with {@code done}, handed on with {@code reassign}. */
final class PromiseCommands {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private final Context context;
    private final CustomerResolver resolver;
    private final RuleHooks hooks;
    private final HealthKeeper health;
    private final DueResolver dueResolver;

    PromiseCommands(Context context, CustomerResolver resolver, RuleHooks hooks, HealthKeeper health,
                    DueResolver dueResolver) {
        this.context = context;
        this.resolver = resolver;
        this.hooks = hooks;
        this.health = health;
        this.dueResolver = dueResolver;
    }

    Reply promise(CommandEvent e, Command.Promise c) {
        Customer customer = resolver.resolve(e.workspace(), c.customer());
        ZonedDateTime reference = context.now().atZone(e.actor().zone());
        ZonedDateTime due = dueResolver.resolve(c.when(), reference).orElseThrow(() -> new UserError(Echo.quoted(c.when())
                + " is not a time I can read. Try Friday, tomorrow 3pm, in 2 days or end of month."));
        if (!due.toInstant().isAfter(context.now())) {
            throw new UserError(Echo.quoted(c.when()) + " is already past (" + WHEN.format(due) + "). Give a time ahead.");
        }
        Commitment promise = new Commitment(context.store().newId(e.workspace(), "p"), customer.id(),
                e.actor().person(), c.what(), due.toInstant(), context.now(), Commitment.Status.OPEN, null);
        write(e.workspace(), customer, promise, e.actor().person());
        return Reply.of(new Card("Promise recorded: " + customer.name(), c.what(),
                List.of(new Fact("Due", WHEN.format(due) + " (" + due.getZone() + ")"), new Fact("Id", promise.id())),
                List.of(), "Rapport will remind you before it is due. Mark it kept with: done " + promise.id()));
    }

    Reply done(String ws, Actor actor, String id) {
        Commitment p = find(ws, id);
        if (!p.isOpen()) {
            return Reply.text("Promise " + id + " was already closed.");
        }
        write(ws, customerOf(ws, p), p.closed(Commitment.Status.KEPT, context.now()), actor.person());
        boolean late = context.now().isAfter(p.due());
        return Reply.text("Promise " + id + " kept" + (late ? ", late" : "") + ": " + p.text());
    }

    Reply reassign(String ws, Actor actor, String id, Person to) {
        Commitment p = find(ws, id);
        write(ws, customerOf(ws, p), p.reassigned(to), actor.person());
        return Reply.text("Promise " + id + " is now " + to.name() + "'s.");
    }

    /** A promise changed: saved with what the rules decide about it (reminders planned, moved or cleared). */
    void write(String ws, Customer customer, Commitment promise, Person actor) {
        Transaction.forCustomer(context, ws, customer, tx -> record(tx, customer, promise, Signals.logged(), actor));
        health.refresh(ws, customer.id());
    }

    void record(Transaction tx, Customer customer, Commitment promise, Signals signals, Person actor) {
        tx.change(new Change.PutCommitment(promise));
        hooks.promise(tx, customer, promise, signals, actor);
    }

    /** The open promises someone holds, soonest first. */
    List<Commitment> openOf(String ws, String personId) {
        List<Commitment> promises = new ArrayList<>();
        for (Customer customer : context.store().customers(ws)) {
            context.store().commitments(ws, customer.id()).stream()
                    .filter(p -> p.isOpen() && p.owner() != null && personId.equals(p.owner().id()))
                    .forEach(promises::add);
        }
        promises.sort(Comparator.comparing(Commitment::due));
        return promises;
    }

    Commitment find(String ws, String id) {
        return context.store().commitment(ws, id).orElseThrow(() -> NudgeCommands.notFound(id));
    }

    Customer customerOf(String ws, Commitment p) {
        return context.store().customer(ws, p.customerId())
                .orElseThrow(() -> new UserError("Promise " + p.id() + " belongs to a customer who is gone."));
    }
}
