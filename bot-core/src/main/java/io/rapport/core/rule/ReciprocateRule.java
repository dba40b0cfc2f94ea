package io.rapport.core.rule;

import io.rapport.core.message.Fact;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import io.rapport.core.rulebook.Rulebook;
import io.rapport.core.time.Ago;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Reciprocate in kind: an inbound gesture (thanks, praise, referral, gift, intro, positive feedback) starts
 * a timer; an outbound gesture for the same customer clears it. If the delay passes first, the
 * responsible teammate is nudged with a suggestion that fits the gesture.
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
    public List<Decision> onTouch(TouchContext context) {
        Touch touch = context.touch();
        if (!startsOrClears(touch)) {
            return List.of();
        }
        String key = key(context.customer().id());
        if (touch.direction() == Direction.OUT) {
            return List.of(new Decision.Clear(key));
        }
        if (context.responsible() == null) {
            return List.of();
        }
        Instant due = touch.at().plus(context.rulebook().reciprocate().delay());
        String from = touch.who() == null ? "" : touch.who().name();
        return List.of(new Decision.Schedule(key, context.responsible(), due, Map.of(
                "gesture", touch.kind().id(),
                "from", from,
                "at", touch.at().toString(),
                "note", touch.note())));
    }

    /** Gestures count; so does feedback, which the detector or a teammate marks as a kind of its own. */
    private static boolean startsOrClears(Touch touch) {
        return touch.kind().isGesture();
    }

    @Override
    public NudgeText text(Nudge nudge, Customer customer, Instant now) {
        String gesture = nudge.data().getOrDefault("gesture", "thanks");
        String from = nudge.data().getOrDefault("from", "");
        Instant at = Instant.parse(nudge.data().getOrDefault("at", nudge.createdAt().toString()));
        String who = from.isBlank() ? customer.name() : customer.name() + "'s " + from;
        String what = who + " " + phrase(gesture) + " " + Ago.of(at, now) + ".";
        return new NudgeText(
                "Reciprocate: " + customer.name(),
                what,
                "Reciprocate in kind: a considerate gesture deserves one back.",
                suggestion(gesture),
                List.of(new Fact("Customer", customer.name()), new Fact("Gesture", gesture),
                        new Fact("Note", nudge.data().getOrDefault("note", ""))),
                "thanks");
    }

    private static String phrase(String gesture) {
        return switch (TouchKind.parse(gesture).orElse(TouchKind.THANKS)) {
            case PRAISE -> "praised the team";
            case REFERRAL -> "sent you a referral";
            case GIFT -> "sent you a gift";
            case INTRO -> "made an introduction for you";
            default -> "thanked you";
        };
    }

    private static String suggestion(String gesture) {
        return switch (TouchKind.parse(gesture).orElse(TouchKind.THANKS)) {
            case REFERRAL -> "Thank them personally and look for someone you can introduce them to in return.";
            case GIFT -> "Send a handwritten note, or a small gift of your own.";
            case PRAISE -> "Thank them, and tell them what their words meant to the person they praised.";
            case INTRO -> "Thank them and report back on how the introduction went.";
            default -> "Thank them back personally: a short note or a call, naming what they did.";
        };
    }
}
