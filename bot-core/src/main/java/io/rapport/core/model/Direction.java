package io.rapport.core.model;

import java.util.Locale;
import java.util.Optional;

/** {@code IN}: from the customer; {@code OUT}: from the team. */
public enum Direction {
    IN, OUT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Direction> parse(String text) {
        for (Direction d : values()) {
            if (d.id().equalsIgnoreCase(text)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
