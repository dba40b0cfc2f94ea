package io.rapport.core.engine;

import io.rapport.core.message.Action;
import io.rapport.core.message.Card;
import io.rapport.core.message.Fact;
import io.rapport.core.model.Audience;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.rule.NudgeText;
import io.rapport.core.rule.RenderContext;
import io.rapport.core.time.Durations;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A nudge as a person sees it: what happened, why it matters, what to do, and the buttons to do it. A task has
 * Done, Snooze and Reassign (a team post: Done and Reassign, to take it on), Log reply where the rule offers
 * one, and a correction button when the nudge rests on a detection; a notice (kudos) has only the correction.
 */
final class NudgeCards {
    static final String CORRECT = "correct";
    private final Context context;
    private final Zones zones;

    NudgeCards(Context context, Zones zones) {
        this.context = context;
        this.zones = zones;
    }

    NudgeText text(String ws, Nudge nudge, Customer customer) {
        return text(nudge, customer, zone(ws, nudge));
    }

    private NudgeText text(Nudge nudge, Customer customer, ZoneId zone) {
        return context.rule(nudge.rule()).text(nudge, customer, new RenderContext(context.now(), zone, context.rulebook()));
    }

    /** The nudge as it is delivered now, from one reading of its reader's zone and its rule's text. */
    Rendered rendered(String ws, Nudge nudge, Customer customer) {
        ZoneId zone = zone(ws, nudge);
        NudgeText text = text(nudge, customer, zone);
        return new Rendered(card(nudge, text), text.notice(), customer, zone);
    }

    /** The reader's zone: the assignee's for a private nudge, the team's for a team post. */
    ZoneId zone(String ws, Nudge nudge) {
        return nudge.audience() == Audience.PERSON ? zones.of(ws, nudge.assignee())
                : context.rulebook().team().timezone();
    }

    Card render(String ws, Nudge nudge, Customer customer) {
        return card(nudge, text(ws, nudge, customer));
    }

    private Card card(Nudge nudge, NudgeText text) {
        List<Fact> facts = new ArrayList<>(text.facts().stream().filter(f -> !f.value().isBlank()).toList());
        facts.add(new Fact("Nudge", nudge.id()));
        String body = String.join("\n", List.of(text.what(), text.why(), text.next()).stream()
                .filter(s -> !s.isBlank()).toList());
        return new Card(text.title(), body, facts, actions(nudge, text), null);
    }

    /** The card after someone acted on it: same words, a status line, no buttons. */
    Card settled(String ws, Nudge nudge, Customer customer, String status) {
        return render(ws, nudge, customer).withActions(List.of()).withContext(status);
    }

    private List<Action> actions(Nudge nudge, NudgeText text) {
        List<Action> actions = new ArrayList<>();
        if (!text.notice()) {
            actions.add(Action.primary("done", "Done", nudge.id()));
            if (nudge.audience() == Audience.PERSON) {
                for (Duration d : context.rulebook().delivery().snooze()) {
                    actions.add(Action.button("snooze", "Snooze " + shortLabel(d), nudge.id() + " " + d));
                }
            }
            actions.add(Action.userPicker("reassign", "Reassign", nudge.id()));
            if (text.reply() != null) {
                actions.add(Action.button("log_reply", text.reply().label(), nudge.id()));
            }
        }
        if (text.correction() != null && !nudge.get("message").isEmpty()) {
            actions.add(Action.button(CORRECT, text.correction(), nudge.id()));
        }
        return actions;
    }

    static String shortLabel(Duration d) {
        String human = Durations.human(d);
        return human.replace(" minutes", "m").replace(" minute", "m").replace(" hours", "h").replace(" hour", "h")
                .replace(" days", "d").replace(" day", "d").replace(" weeks", "w").replace(" week", "w");
    }
}
