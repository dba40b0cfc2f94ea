package io.rapport.core.rule;

import io.rapport.core.message.Fact;
import io.rapport.core.model.Audience;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import io.rapport.core.rulebook.Rulebook;
import io.rapport.core.time.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Undivided attention: a customer's message in a linked channel starts a timer that counts business hours
 * only (the team's days and hours, in the team's zone). When it reaches the limit the owner is nudged; at
 * {@code escalationFactor} times the limit the team channel is told. One timer runs per conversation: the
 * channel's top level is one (a customer writing three lines in a row waits once), each thread another.
 * A teammate's top-level message answers the whole channel; a reply in a thread answers that thread and the
 * top level (replying in the thread of the customer's message is the usual answer). Gestures (a thanks, a
 * gift …) do not start it: they ask to be reciprocated, not answered.
 */
public final class AttentionRule implements Rule {
    public static final String ID = "attention";
    private static final String ESCALATION = ":escalate";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean enabled(Rulebook rulebook) {
        return rulebook.attention().enabled();
    }

    static String key(String customerId, String channel, String thread) {
        return ID + ":" + customerId + ":" + channel + ":" + thread;
    }

    @Override
    public List<Decision> onTouch(RuleContext context, Touch touch, Signals signals) {
        if (!signals.observed()) {
            return List.of();
        }
        if (touch.direction() == Direction.OUT) {
            return clearAnswered(context, signals);
        }
        if (touch.kind().isGesture() || context.responsible() == null) {
            return List.of();
        }
        Rulebook.Attention rule = context.rulebook().attention();
        BusinessHours hours = BusinessHours.of(context.rulebook().team());
        String key = key(context.customer().id(), signals.channel(), signals.threadRoot());
        Map<String, String> data = Words.aboutTouch(touch, signals);
        Instant due = hours.plus(touch.at(), rule.limit());
        Instant escalate = hours.plus(touch.at(), rule.limit().multipliedBy(rule.escalationFactor()));
        List<Decision> out = new ArrayList<>();
        out.add(new Decision.Schedule(key, context.responsible(), due, data));
        if (rule.escalationFactor() > 1) {
            out.add(new Decision.Schedule(key + ESCALATION, context.responsible(), escalate, data).toTeam());
        }
        return out;
    }

    private static List<Decision> clearAnswered(RuleContext context, Signals reply) {
        return context.activeOf(ID).stream()
                .filter(n -> n.get("channel").equals(reply.channel()))
                .filter(n -> reply.thread() == null || reply.thread().equals(n.get("thread"))
                        || Signals.MAIN.equals(n.get("thread")))
                .<Decision>map(n -> new Decision.Clear(n.key()))
                .toList();
    }

    /** Done on the owner's nudge settles the escalation too, and the other way round. */
    @Override
    public List<Decision> onNudgeClosed(RuleContext context, Nudge closed) {
        if (!closed.rule().equals(ID)) {
            return List.of();
        }
        String base = closed.key().endsWith(ESCALATION)
                ? closed.key().substring(0, closed.key().length() - ESCALATION.length()) : closed.key();
        return List.of(new Decision.Clear(base), new Decision.Clear(base + ESCALATION));
    }

    @Override
    public NudgeText text(Nudge nudge, Customer customer, RenderContext render) {
        Duration waited = render.businessHours().between(Words.at(nudge), render.now());
        String who = Words.whoAt(nudge.get("from"), customer);
        String quote = Words.quote(nudge.get("note"));
        List<Fact> facts = List.of(Words.fact("Message", quote),
                Words.fact("Since", render.when(Words.at(nudge))));
        String why = "Undivided attention: no customer should wait unheard.";
        if (nudge.audience() == Audience.TEAM || nudge.key().endsWith(ESCALATION)) {
            String owner = nudge.assignee() == null ? "" : " (owner: " + nudge.assignee().name() + ")";
            return new NudgeText("Escalation: " + customer.name() + " is waiting",
                    who + " has been waiting " + Durations.human(waited) + " of business hours with no reply"
                            + owner + ".",
                    why, "Can someone reply in the channel now? Reassign this to take it on.", facts,
                    NudgeText.ReplyButton.out(TouchKind.MESSAGE), null, false);
        }
        return new NudgeText("Waiting: " + customer.name(),
                who + " has been waiting " + Durations.human(waited) + ".",
                why, "Reply in the channel now, even if only to say you are on it and when they will hear more.",
                facts, NudgeText.ReplyButton.out(TouchKind.MESSAGE), null, false);
    }
}
