package io.rapport.core.engine;

import io.rapport.core.command.Command;
import io.rapport.core.event.Actor;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.message.Card;
import io.rapport.core.message.Fact;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Commitment;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Person;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import io.rapport.core.model.Direction;
import io.rapport.core.port.Change;
import io.rapport.core.port.ConflictException;
import io.rapport.core.port.Expectation;
import io.rapport.core.time.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Promises and nudges: record, list, and act on them (from commands and from buttons alike). */
final class NudgeCommands {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private final Context context;
    private final CustomerResolver resolver;
    private final TouchRecorder recorder;
    private final NudgeCards cards;
    private final DueResolver dueResolver;

    NudgeCommands(Context context, CustomerResolver resolver, TouchRecorder recorder, NudgeCards cards,
                  DueResolver dueResolver) {
        this.context = context;
        this.resolver = resolver;
        this.recorder = recorder;
        this.cards = cards;
        this.dueResolver = dueResolver;
    }

    Reply promise(CommandEvent e, Command.Promise c) {
        Customer customer = resolver.resolve(e.workspace(), c.customer());
        ZonedDateTime reference = context.now().atZone(e.actor().zone());
        ZonedDateTime due = dueResolver.resolve(c.when(), reference).orElseThrow(() -> new UserError("\"" + c.when()
                + "\" is not a time I can read. Try Friday, tomorrow 3pm, in 2 days or end of month."));
        if (!due.toInstant().isAfter(context.now())) {
            throw new UserError("\"" + c.when() + "\" is already past (" + WHEN.format(due) + "). Give a time ahead.");
        }
        Commitment promise = new Commitment(context.store().newId(e.workspace(), "p"), customer.id(),
                e.actor().person(), c.what(), due.toInstant(), context.now(), Commitment.Status.OPEN, null);
        commit(e.workspace(), List.of(new Expectation.CustomerExists(customer.id())),
                List.of(new Change.PutCommitment(promise)), customer.name() + " was just removed; nothing was saved.");
        return Reply.of(new Card("Promise recorded: " + customer.name(), c.what(),
                List.of(new Fact("Due", WHEN.format(due) + " (" + due.getZone() + ")"), new Fact("Id", promise.id())),
                List.of(), "Mark it kept with: done " + promise.id()));
    }

    Reply mine(CommandEvent e) {
        String ws = e.workspace();
        String me = e.actor().id();
        Instant now = context.now();
        List<Nudge> nudges = context.store().activeNudges(ws).stream()
                .filter(n -> n.assignee() != null && me.equals(n.assignee().id()))
                .sorted(Comparator.comparing(Nudge::dueAt))
                .toList();
        List<Commitment> promises = new ArrayList<>();
        for (Customer customer : context.store().customers(ws)) {
            context.store().commitments(ws, customer.id()).stream()
                    .filter(p -> p.isOpen() && p.owner() != null && me.equals(p.owner().id()))
                    .forEach(promises::add);
        }
        promises.sort(Comparator.comparing(Commitment::due));
        if (nudges.isEmpty() && promises.isEmpty()) {
            return Reply.text("Nothing is waiting for you. Nicely done.");
        }
        List<Card> out = new ArrayList<>();
        for (Nudge n : nudges) {
            Optional<Customer> customer = context.store().customer(ws, n.customerId());
            if (customer.isPresent()) {
                Card card = cards.render(n, customer.get(), now);
                out.add(n.state() == NudgeState.SCHEDULED
                        ? card.withContext("Scheduled for " + WHEN.format(n.dueAt().atZone(e.actor().zone())))
                        : card);
            }
        }
        if (!promises.isEmpty()) {
            List<Fact> rows = promises.stream().map(p -> new Fact(p.id(), p.text() + " — due "
                    + WHEN.format(p.due().atZone(e.actor().zone())) + (p.isBroken(now) ? " (overdue)" : ""))).toList();
            out.add(new Card("Your open promises", "", rows, List.of(), "Mark one kept with: done <id>"));
        }
        return new Reply(out, false, false);
    }

    Reply done(String ws, Actor actor, String id) {
        if (id.startsWith("p")) {
            Commitment p = context.store().commitment(ws, id).orElseThrow(() -> notFound(id));
            if (!p.isOpen()) {
                return Reply.text("Promise " + id + " was already closed.");
            }
            commit(ws, List.of(), List.of(new Change.PutCommitment(p.closed(Commitment.Status.KEPT, context.now()))),
                    "");
            boolean late = context.now().isAfter(p.due());
            return Reply.text("Promise " + id + " kept" + (late ? ", late" : "") + ": " + p.text());
        }
        Nudge n = active(ws, id);
        Nudge closed = n.closed(NudgeState.DONE, actor.id(), context.now());
        write(ws, n, closed);
        return settled(ws, closed, "Done by " + actor.name());
    }

    Reply snooze(String ws, Actor actor, String id, Duration duration) {
        Nudge n = active(ws, id);
        Instant until = context.now().plus(duration);
        write(ws, n, n.snoozed(until));
        return settled(ws, n, "Snoozed for " + Durations.human(duration) + " by " + actor.name()
                + ", back " + WHEN.format(until.atZone(actor.zone())));
    }

    Reply reassign(String ws, Actor actor, String id, Person to) {
        if (id.startsWith("p")) {
            Commitment p = context.store().commitment(ws, id).orElseThrow(() -> notFound(id));
            commit(ws, List.of(), List.of(new Change.PutCommitment(p.reassigned(to))), "");
            return Reply.text("Promise " + id + " is now " + to.name() + "'s.");
        }
        Nudge n = active(ws, id);
        // an open nudge goes to its new owner now; a scheduled one when it comes due
        Nudge moved = n.state() == NudgeState.OPEN ? n.reassigned(to).snoozed(context.now()) : n.reassigned(to);
        write(ws, n, moved);
        return settled(ws, n, "Reassigned to " + to.name() + " by " + actor.name());
    }

    /** "Log reply": record the reciprocating touch the nudge asked for; the rule then clears the nudge. */
    Reply logReply(String ws, Actor actor, String id) {
        Nudge n = active(ws, id);
        Customer customer = context.store().customer(ws, n.customerId()).orElseThrow(() -> notFound(id));
        String kind = context.rule(n.rule()).text(n, customer, context.now()).logReply();
        Touch touch = new Touch(Ids.random("t"), customer.id(), TouchKind.parse(kind).orElse(TouchKind.MESSAGE),
                Direction.OUT, actor.person(), context.now(), "logged from nudge " + n.id(), "nudge");
        recorder.record(ws, customer, touch, actor.person());
        Nudge after = context.store().nudge(ws, id).orElse(n);
        if (after.state().isActive()) {
            Nudge closed = after.closed(NudgeState.DONE, actor.id(), context.now());
            write(ws, after, closed);
            after = closed;
        }
        return settled(ws, after, "Reply logged (" + kind + " out) by " + actor.name());
    }

    private Reply settled(String ws, Nudge n, String status) {
        Customer customer = context.store().customer(ws, n.customerId()).orElse(null);
        if (customer == null) {
            return Reply.text(status);
        }
        return Reply.replacing(cards.settled(n, customer, context.now(), status));
    }

    private Nudge active(String ws, String id) {
        Nudge n = context.store().nudge(ws, id).orElseThrow(() -> notFound(id));
        if (!n.state().isActive()) {
            String by = n.closedBy() == null ? "" : " by " + n.closedBy();
            throw new UserError("Nudge " + id + " is already " + n.state().name().toLowerCase(Locale.ROOT) + by + ".");
        }
        return n;
    }

    private void write(String ws, Nudge before, Nudge after) {
        commit(ws, List.of(new Expectation.ActiveNudge(before.key(), before.id())), List.of(new Change.PutNudge(after)),
                "Nudge " + before.id() + " changed meanwhile; look at mine and try again.");
    }

    private void commit(String ws, List<Expectation> expectations, List<Change> changes, String onConflict) {
        try {
            context.store().commit(ws, expectations, changes);
        } catch (ConflictException e) {
            throw new UserError(onConflict);
        }
    }

    private static UserError notFound(String id) {
        return new UserError("There is no nudge or promise " + id + ". Type mine to see yours with their ids.");
    }
}
