package io.rapport.core.health;

import java.util.List;

/** A customer's health 0-100, its band, and each component that made it. */
public record HealthReport(int score, Band band, List<HealthComponent> components) {

    public enum Band { GREEN, YELLOW, RED }

    public String label() {
        return score + "/100 (" + band.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
