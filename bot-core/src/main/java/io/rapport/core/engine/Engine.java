package io.rapport.core.engine;

import io.rapport.core.command.Command;
import io.rapport.core.command.CommandParser;
import io.rapport.core.command.UsageException;
import io.rapport.core.detect.GestureDetector;
import io.rapport.core.detect.TeammateAnalysis;
import io.rapport.core.detect.TeammateDetector;
import io.rapport.core.event.ActionEvent;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.event.ObservedMessage;
import io.rapport.core.message.Card;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Audience;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Person;
import io.rapport.core.port.Store;
import io.rapport.core.rule.BusinessHours;
import io.rapport.core.rule.DigestRule;
import io.rapport.core.rule.Rule;
import io.rapport.core.rulebook.Rulebook;
import io.rapport.core.time.Durations;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
    private final PromiseCommands promises;
    private final Corrections corrections;
    private final NudgeCards cards;
    private final RuleHooks hooks;
    private final Zones zones;
    private final TeamDigest digest;
    private final DailyRound daily;
    private final AuditTrail audit;

    /** An engine whose teammates' messages are not read for promises or tone. */
    public Engine(Store store, Rulebook rulebook, Clock clock, List<Rule> rules, GestureDetector detector,
                  DueResolver dueResolver) {
        this(store, rulebook, clock, rules, detector, (text, at, locale) -> TeammateAnalysis.nothing(),
                dueResolver);
    }

    public Engine(Store store, Rulebook rulebook, Clock clock, List<Rule> rules, GestureDetector detector,
                  TeammateDetector teammates, DueResolver dueResolver) {
        List<Rule> all = new ArrayList<>(rules);
        all.add(new DailyRound.Timer());
        this.context = new Context(store, rulebook, clock, List.copyOf(all));
        CustomerResolver resolver = new CustomerResolver(store);
        HealthKeeper health = new HealthKeeper(context);
        this.hooks = new RuleHooks(context);
        this.zones = new Zones(context);
        TouchRecorder recorder = new TouchRecorder(context, hooks, health);
        this.cards = new NudgeCards(context, zones);
        this.digest = new TeamDigest(context, health);
        this.daily = new DailyRound(context, health);
        this.promises = new PromiseCommands(context, resolver, hooks, health, dueResolver);
        this.audit = new AuditTrail(context);
        this.customers = new CustomerCommands(context, resolver, hooks, recorder, health, audit);
        this.profiles = new ProfileCommands(context, resolver, health, digest);
        this.touches = new TouchCommands(context, resolver, recorder, detector, teammates, promises, zones);
        this.nudges = new NudgeCommands(context, recorder, cards, hooks, promises);
        this.corrections = new Corrections(context, nudges, promises, health);
    }

    /** A typed command. Bad input answers with what was wrong and an example; it never throws for it. */
    public Reply command(CommandEvent e) {
        try {
            zones.learn(e.workspace(), e.actor());
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
            zones.learn(ws, e.actor());
            String[] value = e.value() == null ? new String[] {""} : e.value().trim().split("\\s+", 2);
            String id = value[0];
            String rest = value.length > 1 ? value[1] : null;
            return switch (e.actionId()) {
                case "done" -> nudges.done(ws, e.actor(), id);
                case "snooze" -> nudges.snooze(ws, e.actor(), id, rest != null
                        ? Durations.parseShort(rest).orElseThrow(() -> new UserError("Unknown snooze time."))
                        : context.rulebook().delivery().snooze().get(0));
                case "reassign" -> {
                    if (e.input() == null || e.input().isBlank()) {
                        throw new UserError("Pick a teammate to hand this nudge to.");
                    }
                    yield nudges.reassign(ws, e.actor(), id, e.picked() != null && e.picked().id().equals(e.input())
                            ? e.picked() : Person.of(e.input()));
                }
                case "log_reply" -> nudges.logReply(ws, e.actor(), id);
                case NudgeCards.CORRECT -> corrections.correct(ws, e.actor(), id, rest);
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
        return render(workspace, nudge).map(Rendered::card);
    }

    /**
     * A nudge ready to deliver now, or empty when there is nothing to say: its customer is gone, or its rule was
     * switched off (or removed) since it was planned.
     */
    public Optional<Rendered> render(String workspace, Nudge nudge) {
        if (context.enabled(nudge.rule()).isEmpty()) {
            return Optional.empty();
        }
        if (nudge.customerId() == null) {
            return nudge.rule().equals(DigestRule.ID) ? Optional.of(new Rendered(digest.card(workspace), true, null,
                    cards.zone(workspace, nudge))) : Optional.empty();
        }
        return context.store().customer(workspace, nudge.customerId()).map(c -> cards.rendered(workspace, nudge, c));
    }

    /**
     * When a private nudge, {@code rendered} for its reader, may reach them: now during their working hours (the
     * rulebook's days and hours read in their own zone), else the start of their next working day. Team posts go
     * at once.
     */
    public Instant deliverableAt(Nudge nudge, Rendered rendered, Instant now) {
        if (nudge.audience() != Audience.PERSON || nudge.assignee() == null) {
            return now;
        }
        return BusinessHours.of(context.rulebook().team()).in(rendered.zone()).nextOpen(now);
    }

    /**
     * A nudge came due for the first time and was handled (delivered, or dropped): its rule plans what follows
     * (the next follow-up, next year's date, next week's digest). Safe to run twice: what it plans is keyed by
     * occurrence and kept if already there.
     */
    public void afterDue(String workspace, Nudge nudge) {
        if (nudge.deliveries() > 0) {
            return;
        }
        plan(workspace, nudge, nudge.customerId() == null ? null
                : context.store().customer(workspace, nudge.customerId()).orElse(null));
    }

    /** {@link #afterDue(String, Nudge)} for a nudge delivered as {@code rendered}, about the customer it was for. */
    public void afterDue(String workspace, Nudge nudge, Rendered rendered) {
        if (nudge.deliveries() > 0) {
            return;
        }
        plan(workspace, nudge, rendered.customer());
    }

    private void plan(String workspace, Nudge nudge, Customer customer) {
        if (nudge.customerId() != null && customer == null) {
            return;
        }
        Transaction.run(context, workspace, tx -> hooks.due(tx, customer, nudge));
    }

    /** Runs an {@link Audience#INTERNAL} nudge: the engine's own timed work. */
    public void runInternal(String workspace, Nudge nudge) {
        if (nudge.rule().equals(DailyRound.ID)) {
            daily.run(workspace);
        }
    }

    /** The channel chosen with {@code link team}, where team posts go. */
    public Optional<String> teamChannel(String workspace) {
        return context.store().setting(workspace, TEAM_CHANNEL_SETTING);
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
            return promises.promise(e, c);
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
        } else if (command instanceof Command.Audit c) {
            return audit.show(e, c);
        }
        throw new IllegalStateException("unhandled command " + command);
    }

    /** Typed commands answer with a new message; only buttons update a message in place. */
    private static Reply asNew(Reply reply) {
        return new Reply(reply.cards(), false, reply.visibleToChannel());
    }
}
