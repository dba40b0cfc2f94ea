package io.rapport.core.engine;

import io.rapport.core.command.Command;
import io.rapport.core.command.CommandParser;
import io.rapport.core.command.UsageException;
import io.rapport.core.detect.GestureDetector;
import io.rapport.core.event.ActionEvent;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.event.ObservedMessage;
import io.rapport.core.message.Card;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.port.Store;
import io.rapport.core.rule.Rule;
import io.rapport.core.rulebook.Rulebook;
import io.rapport.core.time.Durations;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The core's front door: every adapter hands it neutral events and renders what comes back. The same
 * command behaves the same on every surface.
 */
public final class Engine {
    /** The workspace setting naming the channel that receives team posts ({@code link team}). */
    public static final String TEAM_CHANNEL_SETTING = "team_channel";
    private final Context context;
    private final CustomerCommands customers;
    private final ProfileCommands profiles;
    private final TouchCommands touches;
    private final NudgeCommands nudges;
    private final NudgeCards cards;

    public Engine(Store store, Rulebook rulebook, Clock clock, List<Rule> rules, GestureDetector detector,
                  DueResolver dueResolver) {
        this.context = new Context(store, rulebook, clock, List.copyOf(rules));
        CustomerResolver resolver = new CustomerResolver(store);
        TouchRecorder recorder = new TouchRecorder(context);
        this.cards = new NudgeCards(context);
        this.customers = new CustomerCommands(context, resolver);
        this.profiles = new ProfileCommands(context, resolver);
        this.touches = new TouchCommands(context, resolver, recorder, detector);
        this.nudges = new NudgeCommands(context, resolver, recorder, cards, dueResolver);
    }

    /** A typed command. Bad input answers with what was wrong and an example; it never throws for it. */
    public Reply command(CommandEvent e) {
        try {
            return dispatch(e, CommandParser.parse(e.text()));
        } catch (UsageException u) {
            return Reply.of(HelpCards.usageCard(u.getMessage(), u.spec()));
        } catch (UserError u) {
            return Reply.text(u.getMessage());
        }
    }

    /** A button pressed on a card Rapport sent. */
    public Reply action(ActionEvent e) {
        try {
            String ws = e.workspace();
            String[] value = e.value() == null ? new String[] {""} : e.value().trim().split("\\s+", 2);
            String id = value[0];
            return switch (e.actionId()) {
                case "done" -> nudges.done(ws, e.actor(), id);
                case "snooze" -> nudges.snooze(ws, e.actor(), id, value.length > 1
                        ? Durations.parseShort(value[1]).orElseThrow(() -> new UserError("Unknown snooze time."))
                        : context.rulebook().delivery().snooze().get(0));
                case "reassign" -> {
                    if (e.input() == null || e.input().isBlank()) {
                        throw new UserError("Pick a teammate to hand this nudge to.");
                    }
                    yield nudges.reassign(ws, e.actor(), id, e.picked() != null && e.picked().id().equals(e.input())
                            ? e.picked() : io.rapport.core.model.Person.of(e.input()));
                }
                case "log_reply" -> nudges.logReply(ws, e.actor(), id);
                case "forget_confirm" -> customers.forgetConfirmed(ws, e.actor(), id);
                case "forget_cancel" -> Reply.replacing(Card.text("Nothing was forgotten.")
                        .withContext("Cancelled by " + e.actor().name()));
                default -> Reply.text("That button is no longer supported; type help to see what you can do.");
            };
        } catch (UserError u) {
            return Reply.text(u.getMessage());
        }
    }

    /** A message seen in a channel; returns private replies for the author, usually none. */
    public Reply observe(ObservedMessage message) {
        try {
            return touches.observe(message);
        } catch (UserError u) {
            return Reply.none();
        }
    }

    /** How a nudge reads when delivered now, or empty if its customer is gone. */
    public Optional<Card> nudgeCard(String workspace, Nudge nudge) {
        Optional<Customer> customer = context.store().customer(workspace, nudge.customerId());
        return customer.map(c -> cards.render(nudge, c, context.now()));
    }

    /** The channel chosen with {@code link team}, where team posts go. */
    public Optional<String> teamChannel(String workspace) {
        return context.store().setting(workspace, TEAM_CHANNEL_SETTING);
    }

    public Instant now() {
        return context.now();
    }

    public Rulebook rulebook() {
        return context.rulebook();
    }

    private Reply dispatch(CommandEvent e, Command command) {
        String ws = e.workspace();
        if (command instanceof Command.Help c) {
            return HelpCards.help(c.topic());
        } else if (command instanceof Command.Add c) {
            return customers.add(e, c);
        } else if (command instanceof Command.Link c) {
            return customers.link(e, c);
        } else if (command instanceof Command.Contact c) {
            return customers.contact(e, c);
        } else if (command instanceof Command.Show c) {
            return profiles.show(e, c);
        } else if (command instanceof Command.Log c) {
            return touches.log(e, c);
        } else if (command instanceof Command.Promise c) {
            return nudges.promise(e, c);
        } else if (command instanceof Command.Note c) {
            return customers.note(e, c);
        } else if (command instanceof Command.Date c) {
            return customers.date(e, c);
        } else if (command instanceof Command.Feedback c) {
            return customers.feedback(e, c);
        } else if (command instanceof Command.Mine) {
            return nudges.mine(e);
        } else if (command instanceof Command.Done c) {
            return asNew(nudges.done(ws, e.actor(), c.id()));
        } else if (command instanceof Command.Snooze c) {
            return asNew(nudges.snooze(ws, e.actor(), c.id(), c.duration()));
        } else if (command instanceof Command.Reassign c) {
            return asNew(nudges.reassign(ws, e.actor(), c.id(), Context.person(c.user(), e.mentions())));
        } else if (command instanceof Command.Health c) {
            return profiles.health(e, c);
        } else if (command instanceof Command.Digest) {
            return profiles.digest(e);
        } else if (command instanceof Command.Export c) {
            return customers.export(e, c);
        } else if (command instanceof Command.Forget c) {
            return customers.forget(e, c);
        }
        throw new IllegalStateException("unhandled command " + command);
    }

    /** Typed commands answer with a new message; only buttons update a message in place. */
    private static Reply asNew(Reply reply) {
        return new Reply(reply.cards(), false, reply.visibleToChannel());
    }
}
