package io.rapport.core.engine;

import com.google.gson.JsonObject;
import io.rapport.core.command.Command;
import io.rapport.core.command.Echo;
import io.rapport.core.event.Actor;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.json.CoreJson;
import io.rapport.core.message.Action;
import io.rapport.core.message.Card;
import io.rapport.core.message.Fact;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.FeedbackEntry;
import io.rapport.core.model.ImportantDate;
import io.rapport.core.model.Note;
import io.rapport.core.model.Person;
import io.rapport.core.model.Tier;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import io.rapport.core.port.Change;
import io.rapport.core.port.ConflictException;
import io.rapport.core.port.Expectation;
import io.rapport.core.rule.Signals;
import java.time.LocalDate;
import java.util.List;

/** Commands that create, describe, export or remove what Rapport knows about a customer. */
final class CustomerCommands {
    static final String TEAM = "team";
    private static final String FORGET = "forget a customer";
    private final Context context;
    private final CustomerResolver resolver;
    private final RuleHooks hooks;
    private final TouchRecorder recorder;
    private final HealthKeeper health;
    private final AuditTrail audit;

    CustomerCommands(Context context, CustomerResolver resolver, RuleHooks hooks, TouchRecorder recorder,
                     HealthKeeper health, AuditTrail audit) {
        this.context = context;
        this.audit = audit;
        this.resolver = resolver;
        this.hooks = hooks;
        this.recorder = recorder;
        this.health = health;
    }

    Reply add(CommandEvent e, Command.Add c) {
        String ws = e.workspace();
        if (c.name().length() > 80) {
            throw new UserError("That name is " + c.name().length() + " characters long; keep it under 80.");
        }
        Person owner = c.owner() == null ? e.actor().person() : Context.person(c.owner(), e.mentions());
        Tier tier = c.tier() == null ? Tier.STANDARD : c.tier();
        Customer customer = new Customer(context.store().newId(ws, "c"), c.name(), tier, owner, List.of(), List.of(),
                context.now());
        try {
            Transaction.run(context, ws, tx -> {
                tx.expect(new Expectation.NameFree(c.name()));
                tx.change(new Change.PutCustomer(customer));
                hooks.customerAdded(tx, customer, e.actor().person());
            });
        } catch (ConflictException conflict) {
            throw new UserError("There is already a customer called " + c.name() + ". Type show "
                    + CustomerResolver.quoteIfNeeded(c.name()) + " to see it.");
        }
        health.refresh(ws, customer);
        return Reply.of(new Card("Added " + customer.name(),
                "Rapport will nudge " + owner.name() + " when " + customer.name() + " needs attention.",
                List.of(new Fact("Tier", tier.id()), new Fact("Owner", owner.name())),
                List.of(), "Next: link " + CustomerResolver.quoteIfNeeded(customer.name())
                        + " in their shared channel, or log a touch."));
    }

    Reply link(CommandEvent e, Command.Link c) {
        if (e.channel() == null) {
            throw new UserError("Run link in the channel you share with the customer, e.g. @Rapport link "
                    + Echo.of(c.customer()) + " there.");
        }
        if (c.customer().equalsIgnoreCase(TEAM) && context.store().customers(e.workspace()).stream()
                .noneMatch(other -> other.name().equalsIgnoreCase(TEAM))) {
            Transaction.run(context, e.workspace(), tx -> {
                tx.change(new Change.PutSetting(Engine.TEAM_CHANNEL_SETTING, e.channel()));
                tx.change(audit.entry(e.actor(), "link team", "channel " + e.channel()));
                hooks.teamLinked(tx, e.actor().person());
            });
            return Reply.text("This is now the team channel: Rapport posts escalations, kudos and the weekly "
                    + "digest here.");
        }
        Customer customer = resolver.resolve(e.workspace(), c.customer());
        context.store().customerByChannel(e.workspace(), e.channel())
                .filter(other -> !other.id().equals(customer.id()))
                .ifPresent(other -> {
                    throw new UserError("This channel is already linked to " + other.name() + ".");
                });
        update(e.workspace(), customer.withChannel(e.channel()));
        return Reply.text("Linked this channel to " + customer.name()
                + ". Rapport will watch it quietly and never post here unless asked.");
    }

    Reply contact(CommandEvent e, Command.Contact c) {
        Customer customer = resolver.resolve(e.workspace(), c.customer());
        Person person = Context.person(c.user(), e.mentions());
        update(e.workspace(), customer.withContact(person));
        return Reply.text(person.name() + " is now one of " + customer.name() + "'s contacts.");
    }

    Reply note(CommandEvent e, Command.Note c) {
        Customer customer = resolver.resolve(e.workspace(), c.customer());
        Note note = new Note(Ids.random("o"), customer.id(), e.actor().person(), c.text(), context.now());
        commitFor(e.workspace(), customer, new Change.AddNote(note));
        return Reply.text("Noted for " + customer.name() + ": " + c.text());
    }

    Reply date(CommandEvent e, Command.Date c) {
        Customer customer = resolver.resolve(e.workspace(), c.customer());
        LocalDate today = context.now().atZone(e.actor().zone()).toLocalDate();
        LocalDate date = DateText.parse(c.date(), today).orElseThrow(() -> new UserError(Echo.quoted(c.date())
                + " is not a date I can read. Write it like 2027-03-31 or March 31."));
        ImportantDate important = new ImportantDate(customer.id(), c.label(), date, e.actor().person());
        Transaction.forCustomer(context, e.workspace(), customer, tx -> {
            tx.change(new Change.PutDate(important));
            hooks.dateSet(tx, customer, important, e.actor().person());
        });
        return Reply.text("Saved " + customer.name() + "'s " + c.label() + ": " + date + ".");
    }

    Reply feedback(CommandEvent e, Command.Feedback c) {
        Customer customer = resolver.resolve(e.workspace(), c.customer());
        FeedbackEntry entry = new FeedbackEntry(Ids.random("f"), customer.id(), c.score(), c.comment(),
                e.actor().person(), context.now());
        // the customer's answer is an inbound feedback touch too: it clears the feedback nudge and counts as contact
        Touch touch = new Touch(Ids.touch(), customer.id(), TouchKind.FEEDBACK, Direction.IN, null, context.now(),
                c.score() + "/5" + (c.comment().isBlank() ? "" : " " + c.comment()), "command");
        String polarity = c.score() >= 4 ? "positive" : c.score() <= 2 ? "negative" : "mixed";
        recorder.record(e.workspace(), customer, touch, Signals.logged().withPolarity(polarity), e.actor().person(),
                tx -> tx.change(new Change.AddFeedback(entry)));
        return Reply.text("Recorded feedback " + c.score() + "/5 from " + customer.name() + ".");
    }

    Reply export(CommandEvent e, Command.Export c) {
        Customer customer = resolver.resolve(e.workspace(), c.customer());
        String ws = e.workspace();
        var store = context.store();
        var gson = CoreJson.gson();
        JsonObject out = new JsonObject();
        out.add("customer", gson.toJsonTree(customer));
        out.add("stats", gson.toJsonTree(store.stats(ws, customer.id())));
        out.add("touches", gson.toJsonTree(store.touches(ws, customer.id(), Integer.MAX_VALUE)));
        out.add("promises", gson.toJsonTree(store.commitments(ws, customer.id())));
        out.add("notes", gson.toJsonTree(store.notes(ws, customer.id())));
        out.add("dates", gson.toJsonTree(store.dates(ws, customer.id())));
        out.add("feedback", gson.toJsonTree(store.feedback(ws, customer.id())));
        out.add("nudges", gson.toJsonTree(store.activeNudges(ws, customer.id())));
        out.add("health", gson.toJsonTree(store.healthHistory(ws, customer.id())));
        return Reply.of(new Card("Export: " + customer.name(), CoreJson.pretty().toJson(out), List.of(), List.of(),
                "Everything Rapport keeps about " + customer.name() + "."));
    }

    Reply forget(CommandEvent e, Command.Forget c) {
        AuditTrail.requireAdmin(e.actor(), FORGET);
        Customer customer = resolver.resolve(e.workspace(), c.customer());
        return Reply.of(new Card("Forget " + customer.name() + "?",
                "This deletes everything Rapport keeps about " + customer.name()
                        + ": profile, timeline, promises, notes, dates, feedback and nudges. It cannot be undone.",
                List.of(), List.of(Action.danger("forget_confirm", "Forget " + customer.name(), customer.id()),
                        Action.button("forget_cancel", "Cancel", customer.id())), null));
    }

    /**
     * Deletes the customer and records who did it in the audit log, in one commit. Only the name and id go into
     * the entry. If another admin forgot them meanwhile, nothing is written twice.
     */
    Reply forgetConfirmed(String workspace, Actor actor, String customerId) {
        AuditTrail.requireAdmin(actor, FORGET);
        Customer customer = context.store().customer(workspace, customerId).orElseThrow(CustomerCommands::gone);
        try {
            context.store().commit(workspace, List.of(new Expectation.CustomerExists(customer.id())),
                    List.of(new Change.DeleteCustomer(customer.id()),
                            audit.entry(actor, "forget", "customer " + customer.name() + " (" + customer.id() + ")")));
        } catch (ConflictException alreadyGone) {
            throw gone();
        }
        return Reply.replacing(Card.text("Forgot " + customer.name() + ": nothing about them is kept any more.")
                .withContext("Forgotten by " + actor.name()));
    }

    private static UserError gone() {
        return new UserError("That customer is already gone.");
    }

    private void update(String workspace, Customer customer) {
        commitFor(workspace, customer, new Change.PutCustomer(customer));
    }

    private void commitFor(String workspace, Customer customer, Change change) {
        try {
            context.store().commit(workspace, List.of(new Expectation.CustomerExists(customer.id())), List.of(change));
        } catch (ConflictException e) {
            throw new UserError(customer.name() + " was just removed; nothing was saved.");
        }
    }
}
