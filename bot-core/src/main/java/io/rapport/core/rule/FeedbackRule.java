package io.rapport.core.rule;

import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Person;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import io.rapport.core.rulebook.Rulebook;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Ask "how am I doing?": one nudge per customer, due {@code every} after the last feedback, or as soon as
 * {@code everyTouches} touches have passed since, or {@code afterComplaintResolved} after a complaint was
 * resolved (its validate nudge marked Done, or answered with a validating reply). A feedback touch (also
 * recorded by the {@code feedback} command) clears it and starts the count again.
 */
public final class FeedbackRule implements Rule {
    public static final String ID = "feedback";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean enabled(Rulebook rulebook) {
        return rulebook.feedback().enabled();
    }

    static String key(String customerId) {
        return ID + ":" + customerId;
    }

    @Override
    public List<Decision> onCustomerAdded(RuleContext context) {
        Instant added = context.customer().createdAt();
        return plan(context, added, added.plus(every(context)), "time", 0, false);
    }

    @Override
    public List<Decision> onTouch(RuleContext context, Touch touch, Signals signals) {
        if (touch.kind() == TouchKind.FEEDBACK) {
            return plan(context, touch.at(), touch.at().plus(every(context)), "time", 0, true);
        }
        if (ValidateRule.validates(touch, signals) && context.active(ValidateRule.complaintKey(
                context.customer().id())).isPresent()) {
            return afterComplaint(context);
        }
        Optional<Nudge> pending = context.active(key(context.customer().id()));
        if (pending.isEmpty()) {
            return plan(context, touch.at(), touch.at().plus(every(context)), "time", 1, false);
        }
        Nudge n = pending.get();
        if (n.state() != NudgeState.SCHEDULED || n.deliveries() > 0 || !"time".equals(n.get("reason"))) {
            return List.of();
        }
        int touches = Integer.parseInt(n.data().getOrDefault("touches", "0")) + 1;
        boolean enough = touches >= context.rulebook().feedback().everyTouches();
        return plan(context, Words.at(n), enough ? touch.at() : n.dueAt(), enough ? "touches" : "time", touches,
                true);
    }

    @Override
    public List<Decision> onNudgeClosed(RuleContext context, Nudge closed) {
        if (closed.state() != NudgeState.DONE) {
            return List.of();
        }
        if (closed.key().equals(ValidateRule.complaintKey(context.customer().id()))) {
            return afterComplaint(context);
        }
        if (closed.rule().equals(ID)) {
            return plan(context, context.now(), context.now().plus(every(context)), "time", 0, false);
        }
        return List.of();
    }

    private List<Decision> afterComplaint(RuleContext context) {
        Instant due = context.now().plus(context.rulebook().feedback().afterComplaintResolved());
        return plan(context, context.now(), due, "complaint", 0, true);
    }

    private static Duration every(RuleContext context) {
        return context.rulebook().feedback().every();
    }

    private List<Decision> plan(RuleContext context, Instant since, Instant due, String reason, int touches,
                                boolean replace) {
        Person to = context.responsible();
        if (to == null) {
            return List.of();
        }
        Decision.Schedule s = new Decision.Schedule(key(context.customer().id()), to, due,
                Map.of("at", since.toString(), "reason", reason, "touches", Integer.toString(touches)));
        return List.of(replace ? s.replacing() : s);
    }

    @Override
    public NudgeText text(Nudge nudge, Customer customer, RenderContext render) {
        long days = Math.max(0, Duration.between(Words.at(nudge), render.now()).toDays());
        String what = switch (nudge.get("reason")) {
            case "complaint" -> customer.name() + "'s complaint was dealt with " + days + " days ago.";
            case "touches" -> nudge.get("touches") + " touches with " + customer.name()
                    + " since they last told you how you are doing.";
            default -> days + " days since " + customer.name() + " last told you how you are doing.";
        };
        return new NudgeText("Ask " + customer.name() + " how you are doing", what,
                "Ask \"how am I doing?\": customers who are asked feel listened to, and you hear it before they leave.",
                "Ask them: \"On a scale of 1 to 5, how are we doing for you, and what one thing should we do "
                        + "better?\" Then record it: feedback " + quoteName(customer) + " <1-5> <what they said>.",
                List.of(Words.fact("Customer", customer.name())),
                new NudgeText.ReplyButton("Log feedback", TouchKind.FEEDBACK, Direction.IN), null, false);
    }

    private static String quoteName(Customer customer) {
        return customer.name().contains(" ") ? "\"" + customer.name() + "\"" : customer.name().toLowerCase(Locale.ROOT);
    }
}
