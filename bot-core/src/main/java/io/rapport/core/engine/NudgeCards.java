package io.rapport.core.engine;

import io.rapport.core.message.Action;
import io.rapport.core.message.Card;
import io.rapport.core.message.Fact;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.rule.NudgeText;
import io.rapport.core.rule.Rule;
import io.rapport.core.time.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A nudge as a person sees it: what happened, why it matters, what to do, and the buttons to do it. */
final class NudgeCards {
    private final Context context;

    NudgeCards(Context context) {
        this.context = context;
    }

    Card render(Nudge nudge, Customer customer, Instant now) {
        Rule rule = context.rule(nudge.rule());
        NudgeText text = rule.text(nudge, customer, now);
        List<Fact> facts = new ArrayList<>(text.facts().stream().filter(f -> !f.value().isBlank()).toList());
        facts.add(new Fact("Nudge", nudge.id()));
        String body = text.what() + "\n" + text.why() + "\n" + text.next();
        return new Card(text.title(), body, facts, actions(nudge, text), null);
    }

    /** The card after someone acted on it: same words, a status line, no buttons. */
    Card settled(Nudge nudge, Customer customer, Instant now, String status) {
        return render(nudge, customer, now).withActions(List.of()).withContext(status);
    }

    private List<Action> actions(Nudge nudge, NudgeText text) {
        List<Action> actions = new ArrayList<>();
        actions.add(Action.primary("done", "Done", nudge.id()));
        for (Duration d : context.rulebook().delivery().snooze()) {
            actions.add(Action.button("snooze", "Snooze " + shortLabel(d), nudge.id() + " " + d));
        }
        actions.add(Action.userPicker("reassign", "Reassign", nudge.id()));
        if (text.logReply() != null) {
            actions.add(Action.button("log_reply", "Log reply", nudge.id()));
        }
        return actions;
    }

    static String shortLabel(Duration d) {
        String human = Durations.human(d);
        return human.replace(" minutes", "m").replace(" minute", "m").replace(" hours", "h").replace(" hour", "h")
                .replace(" days", "d").replace(" day", "d").replace(" weeks", "w").replace(" week", "w");
    }
}
