package io.rapport.core.model;

import java.util.Locale;
import java.util.Optional;

/** How closely a customer is looked after; tiers pick the cadences in the rulebook. */
public enum Tier {
    KEY, STANDARD, LIGHT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Tier> parse(String text) {
        for (Tier t : values()) {
            if (t.id().equalsIgnoreCase(text)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
