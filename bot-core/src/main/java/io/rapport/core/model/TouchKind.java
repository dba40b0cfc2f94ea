package io.rapport.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What kind of contact a touch was (PRODUCT.md §3). */
public enum TouchKind {
    MESSAGE(Direction.IN, false),
    CALL(Direction.OUT, false),
    EMAIL(Direction.OUT, false),
    MEETING(Direction.OUT, false),
    VIDEO(Direction.OUT, false),
    THANKS(Direction.IN, true),
    PRAISE(Direction.IN, true),
    REFERRAL(Direction.IN, true),
    GIFT(Direction.IN, true),
    INTRO(Direction.IN, true),
    FEEDBACK(Direction.IN, false),
    COMPLAINT(Direction.IN, false),
    HELP(Direction.OUT, false);

    private final Direction defaultDirection;
    private final boolean gesture;

    TouchKind(Direction defaultDirection, boolean gesture) {
        this.defaultDirection = defaultDirection;
        this.gesture = gesture;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The direction assumed when {@code log} does not say: gestures come in, outreach goes out. */
    public Direction defaultDirection() {
        return defaultDirection;
    }

    /** A considerate act that deserves one in kind. */
    public boolean isGesture() {
        return gesture;
    }

    public boolean isFaceTime() {
        return this == MEETING || this == VIDEO;
    }

    public static Optional<TouchKind> parse(String text) {
        for (TouchKind k : values()) {
            if (k.id().equalsIgnoreCase(text)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(TouchKind::id).toList();
    }
}
