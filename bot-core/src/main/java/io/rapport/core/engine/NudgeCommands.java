package io.rapport.core.engine;

import io.rapport.core.command.Echo;
import io.rapport.core.event.Actor;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.message.Card;
import io.rapport.core.message.Fact;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Audience;
import io.rapport.core.model.Commitment;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Person;
import io.rapport.core.model.Touch;
import io.rapport.core.port.ConflictException;
import io.rapport.core.rule.NudgeText;
import io.rapport.core.rule.PromiseRule;
import io.rapport.core.rule.Signals;
import io.rapport.core.time.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Nudges: list them and act on them, from commands and from buttons alike. */
final class NudgeCommands {
    private static final Duration MINE_AHEAD = Duration.ofDays(7);
    private final Context context;
    private final TouchRecorder recorder;
    private final NudgeCards cards;
    private final RuleHooks hooks;
    private final PromiseCommands promises;

    NudgeCommands(Context context, TouchRecorder recorder, NudgeCards cards, RuleHooks hooks,
                  PromiseCommands promises) {
        this.context = context;
        this.recorder = recorder;
        this.cards = cards;
        this.hooks = hooks;
        this.promises = promises;
    }

    /**
     * What waits for the person: nudges delivered (or snoozed) and not done, those coming within a week, and
     * open promises. Cadence nudges weeks away are not listed; {@code show} has them per customer.
     */
    Reply mine(CommandEvent e) {
        String ws = e.workspace();
        String me = e.actor().id();
        Instant soon = context.now().plus(MINE_AHEAD);
        List<Nudge> nudges = context.store().activeNudges(ws).stream()
                .filter(n -> n.audience() == Audience.PERSON && n.assignee() != null && me.equals(n.assignee().id()))
                .filter(n -> n.state() == NudgeState.OPEN || n.deliveries() > 0 || n.dueAt().isBefore(soon))
                .filter(n -> context.enabled(n.rule()).isPresent())
                .sorted(Comparator.comparing(Nudge::dueAt))
                .toList();
        List<Commitment> open = promises.openOf(ws, me);
        if (nudges.isEmpty() && open.isEmpty()) {
            return Reply.text("Nothing is waiting for you. Nicely done.");
        }
        List<Card> out = new ArrayList<>();
        for (Nudge n : nudges) {
            Optional<Customer> customer = context.store().customer(ws, n.customerId());
            if (customer.isPresent()) {
                Card card = cards.render(ws, n, customer.get());
                out.add(n.state() == NudgeState.SCHEDULED ? card.withContext("Scheduled for "
                        + PromiseCommands.WHEN.format(n.dueAt().atZone(e.actor().zone()))) : card);
            }
        }
        if (!open.isEmpty()) {
            Instant now = context.now();
            List<Fact> rows = open.stream().map(p -> new Fact(p.id(), p.text() + " — due "
                    + PromiseCommands.WHEN.format(p.due().atZone(e.actor().zone()))
                    + (p.isBroken(now) ? " (overdue)" : ""))).toList();
            out.add(new Card("Your open promises", "", rows, List.of(), "Mark one kept with: done <id>"));
        }
        return new Reply(out, false, false);
    }

    /** Done on a promise reminder keeps the promise; on any other nudge, the rules hear it was handled. */
    Reply done(String ws, Actor actor, String id) {
        if (id.startsWith("p")) {
            return promises.done(ws, actor, id);
        }
        Nudge n = active(ws, id);
        if (n.rule().equals(PromiseRule.ID) && !n.get("promise").isEmpty()) {
            Reply kept = promises.done(ws, actor, n.get("promise"));
            return settled(ws, context.store().nudge(ws, id).orElse(n), kept.text() + " (Done by " + actor.name()
                    + ")");
        }
        Nudge closed = close(ws, n, actor);
        return settled(ws, closed, "Done by " + actor.name());
    }

    Reply snooze(String ws, Actor actor, String id, Duration duration) {
        Nudge n = active(ws, id);
        Instant until = context.now().plus(duration);
        write(ws, n, n.snoozed(until));
        return settled(ws, n, "Snoozed for " + Durations.human(duration) + " by " + actor.name()
                + ", back " + PromiseCommands.WHEN.format(until.atZone(actor.zone())));
    }

    Reply reassign(String ws, Actor actor, String id, Person to) {
        if (id.startsWith("p")) {
            return promises.reassign(ws, actor, id, to);
        }
        Nudge n = active(ws, id);
        // an open nudge goes to its new owner now; a scheduled one when it comes due
        Nudge moved = n.state() == NudgeState.OPEN ? n.reassigned(to).snoozed(context.now()) : n.reassigned(to);
        write(ws, n, moved);
        return settled(ws, n, "Reassigned to " + to.name() + " by " + actor.name());
    }

    /** "Log reply": record the touch the nudge asked for; the rules then clear what it settles. */
    Reply logReply(String ws, Actor actor, String id) {
        Nudge n = active(ws, id);
        Customer customer = context.store().customer(ws, n.customerId()).orElseThrow(() -> notFound(id));
        NudgeText.ReplyButton reply = cards.text(ws, n, customer).reply();
        if (reply == null) {
            throw new UserError("This nudge has no reply to log; press Done when it is handled.");
        }
        Person who = reply.direction() == Direction.OUT ? actor.person() : null;
        Touch touch = new Touch(Ids.touch(), customer.id(), reply.kind(), reply.direction(), who, context.now(),
                "logged from nudge " + n.id(), "nudge");
        // attributed to the conversation the nudge is about, so a reply there clears what it answers
        Signals where = n.get("channel").isEmpty() ? Signals.logged()
                : new Signals(null, "", n.get("channel"), n.get("thread"), null, List.of(), false, null, 0);
        recorder.record(ws, customer, touch, where, actor.person());
        Nudge after = context.store().nudge(ws, id).orElse(n);
        if (after.state().isActive()) {
            after = close(ws, after, actor);
        }
        return settled(ws, after, "Reply logged (" + reply.kind().id() + " " + reply.direction().id() + ") by "
                + actor.name());
    }

    private Nudge close(String ws, Nudge n, Actor actor) {
        Nudge closed = n.closed(NudgeState.DONE, actor.id(), context.now());
        Customer customer = n.customerId() == null ? null : context.store().customer(ws, n.customerId()).orElse(null);
        try {
            Transaction.run(context, ws, tx -> {
                tx.update(n, closed);
                if (customer != null) {
                    hooks.closed(tx, customer, closed, actor.person());
                }
            });
        } catch (ConflictException e) {
            throw changedMeanwhile(n);
        }
        return closed;
    }

    Reply settled(String ws, Nudge n, String status) {
        Customer customer = n.customerId() == null ? null : context.store().customer(ws, n.customerId()).orElse(null);
        if (customer == null) {
            return Reply.text(status);
        }
        return Reply.replacing(cards.settled(ws, n, customer, status));
    }

    Nudge active(String ws, String id) {
        Nudge n = context.store().nudge(ws, id).orElseThrow(() -> notFound(id));
        if (!n.state().isActive()) {
            String by = n.closedBy() == null ? "" : " by " + n.closedBy();
            throw new UserError("Nudge " + id + " is already " + n.state().name().toLowerCase(Locale.ROOT) + by + ".");
        }
        return n;
    }

    private void write(String ws, Nudge before, Nudge after) {
        try {
            Transaction.run(context, ws, tx -> tx.update(before, after));
        } catch (ConflictException e) {
            throw changedMeanwhile(before);
        }
    }

    private static UserError changedMeanwhile(Nudge n) {
        return new UserError("Nudge " + n.id() + " changed meanwhile; look at mine and try again.");
    }

    static UserError notFound(String id) {
        return new UserError("There is no nudge or promise " + Echo.of(id) + ". Type mine to see yours with their ids.");
    }
}
