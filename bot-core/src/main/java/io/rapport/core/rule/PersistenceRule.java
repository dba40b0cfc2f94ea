package io.rapport.core.rule;

import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Person;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import io.rapport.core.rulebook.Rulebook;
import io.rapport.core.time.Ago;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Never give up first. An outreach logged as unanswered ({@code log acme email unanswered sent the quote})
 * starts a chain of follow-ups at the rulebook's offsets from it (+1d, +3d, +7d): each is scheduled when the
 * previous one comes due, and replaces it in the teammate's list. Any inbound touch from the customer ends
 * the chain; a newer unanswered outreach starts a fresh one in its place. "Done" on one follow-up does not
 * stop the next: it means "I followed up", not "they answered".
 */
public final class PersistenceRule implements Rule {
    public static final String ID = "persistence";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean enabled(Rulebook rulebook) {
        return rulebook.persistence().enabled();
    }

    static String key(String customerId, String touchId, int stage) {
        return ID + ":" + customerId + ":" + touchId + ":" + stage;
    }

    @Override
    public List<Decision> onTouch(RuleContext context, Touch touch, Signals signals) {
        List<Decision> out = new ArrayList<>();
        boolean starts = touch.direction() == Direction.OUT && touch.unanswered();
        if (touch.direction() == Direction.IN || starts) {
            context.activeOf(ID).forEach(n -> out.add(new Decision.Clear(n.key())));
        }
        Person assignee = touch.who() != null ? touch.who() : context.responsible();
        if (starts && assignee != null) {
            List<Duration> followUps = context.rulebook().persistence().followUps();
            Map<String, String> data = Words.aboutTouch(touch, signals);
            data.put("stage", "1");
            data.put("of", Integer.toString(followUps.size()));
            out.add(new Decision.Schedule(key(context.customer().id(), touch.id(), 1), assignee,
                    touch.at().plus(followUps.get(0)), data));
        }
        return out;
    }

    @Override
    public List<Decision> onDue(RuleContext context, Nudge due) {
        int stage = Integer.parseInt(due.get("stage"));
        String touchId = due.get("touch");
        List<Duration> followUps = context.rulebook().persistence().followUps();
        List<Decision> out = new ArrayList<>();
        if (stage > 1) {
            out.add(new Decision.Clear(key(due.customerId(), touchId, stage - 1)));
        }
        if (stage < followUps.size() && due.assignee() != null) {
            Map<String, String> data = new HashMap<>(due.data());
            data.put("stage", Integer.toString(stage + 1));
            data.put("of", Integer.toString(followUps.size()));
            out.add(new Decision.Schedule(key(due.customerId(), touchId, stage + 1), due.assignee(),
                    Words.at(due).plus(followUps.get(stage)), data));
        }
        return out;
    }

    @Override
    public NudgeText text(Nudge nudge, Customer customer, RenderContext render) {
        int stage = Integer.parseInt(nudge.data().getOrDefault("stage", "1"));
        String kind = nudge.data().getOrDefault("kind", "message");
        String note = nudge.get("note");
        return new NudgeText("Follow up: " + customer.name() + " (" + stage + " of " + nudge.get("of") + ")",
                "Your " + kind + " to " + customer.name() + " " + Ago.of(Words.at(nudge), render.now())
                        + " is still unanswered" + (note.isBlank() ? "." : ": " + note + "."),
                "Never give up first: wait one more day, go back once more, call once more.",
                next(stage), List.of(Words.fact("Customer", customer.name()), Words.fact("Outreach", kind)),
                new NudgeText.ReplyButton("Log their reply", TouchKind.MESSAGE, Direction.IN), null, false);
    }

    private static String next(int stage) {
        return switch (stage) {
            case 1 -> "Send a short, friendly follow-up that makes it easy to answer.";
            case 2 -> "Try another way: call, or write to someone else on their side.";
            default -> "Go back once more, with something useful to them rather than a reminder.";
        };
    }
}
