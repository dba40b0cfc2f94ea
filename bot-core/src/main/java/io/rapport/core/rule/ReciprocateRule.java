package io.rapport.core.rule;

import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import io.rapport.core.rulebook.Rulebook;
import io.rapport.core.time.Ago;
import java.util.List;
import java.util.Map;

/**
 * Reciprocate in kind: an inbound gesture (thanks, praise, referral, gift, intro, positive feedback) starts
 * a timer; an outbound gesture for the same customer clears it. If the delay passes first, the
 * responsible teammate is nudged with a suggestion that fits the gesture. Further gestures while one is
 * pending do not restart or double it.
 */
public final class ReciprocateRule implements Rule {
    public static final String ID = "reciprocate";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean enabled(Rulebook rulebook) {
        return rulebook.reciprocate().enabled();
    }

    public static String key(String customerId) {
        return ID + ":" + customerId;
    }

    @Override
    public List<Decision> onTouch(RuleContext context, Touch touch, Signals signals) {
        String key = key(context.customer().id());
        if (touch.kind().isGesture() && touch.direction() == Direction.OUT) {
            return List.of(new Decision.Clear(key));
        }
        boolean positiveFeedback = touch.kind() == TouchKind.FEEDBACK && "positive".equals(signals.polarity());
        if (touch.direction() != Direction.IN || !(touch.kind().isGesture() || positiveFeedback)
                || context.responsible() == null) {
            return List.of();
        }
        Map<String, String> data = Words.aboutDetectedTouch(touch, signals);
        data.put("gesture", touch.kind().id());
        return List.of(new Decision.Schedule(key, context.responsible(),
                touch.at().plus(context.rulebook().reciprocate().delay()), data));
    }

    @Override
    public NudgeText text(Nudge nudge, Customer customer, RenderContext render) {
        String gesture = nudge.data().getOrDefault("gesture", "thanks");
        String from = nudge.get("from");
        String who = from.isBlank() ? customer.name() : customer.name() + "'s " + from;
        String what = who + " " + phrase(gesture) + " " + Ago.of(Words.at(nudge), render.now()) + ".";
        NudgeText text = new NudgeText(
                "Reciprocate: " + customer.name(),
                what,
                "Reciprocate in kind: a considerate gesture deserves one back.",
                suggestion(gesture),
                List.of(Words.fact("Customer", customer.name()), Words.fact("Gesture", gesture),
                        Words.fact("Note", nudge.get("note"))),
                "thanks");
        return nudge.get("message").isEmpty() ? text : text.withCorrection(Words.notA(nudge.get("label")));
    }

    private static String phrase(String gesture) {
        return switch (TouchKind.parse(gesture).orElse(TouchKind.THANKS)) {
            case PRAISE -> "praised the team";
            case REFERRAL -> "sent you a referral";
            case GIFT -> "sent you a gift";
            case INTRO -> "made an introduction for you";
            case FEEDBACK -> "sent you kind feedback";
            default -> "thanked you";
        };
    }

    private static String suggestion(String gesture) {
        return switch (TouchKind.parse(gesture).orElse(TouchKind.THANKS)) {
            case REFERRAL -> "Thank them personally and look for someone you can introduce them to in return.";
            case GIFT -> "Send a handwritten note, or a small gift of your own.";
            case PRAISE -> "Thank them, and tell them what their words meant to the person they praised.";
            case INTRO -> "Thank them and report back on how the introduction went.";
            case FEEDBACK -> "Thank them for taking the time, and tell them what you will do with it.";
            default -> "Thank them back personally: a short note or a call, naming what they did.";
        };
    }
}
