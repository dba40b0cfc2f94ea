package io.rapport.core.rulebook;

import io.rapport.core.model.Tier;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every number of the relationship rules, as a team configured it ({@code config/rulebook.json}).
 * Load it with {@link RulebookLoader}; every field is validated at start-up.
 */
public record Rulebook(
        Team team,
        Reciprocate reciprocate,
        Attention attention,
        TierCadence faceTime,
        Promises promises,
        Persistence persistence,
        Feedback feedback,
        Toggle validate,
        TierCadence keepInTouch,
        Dates dates,
        Toggle kudos,
        Digest digest,
        Health health,
        Delivery delivery) {

    public record Team(ZoneId timezone, Set<DayOfWeek> workDays, LocalTime dayStart, LocalTime dayEnd) {
    }

    public record Toggle(boolean enabled) {
    }

    public record Reciprocate(boolean enabled, Duration delay) {
    }

    public record Attention(boolean enabled, Duration limit, int escalationFactor) {
    }

    public record TierCadence(boolean enabled, Map<Tier, Duration> cadence) {
        public Duration of(Tier tier) {
            return cadence.get(tier);
        }
    }

    public record Promises(boolean enabled, Duration remindBefore) {
    }

    public record Persistence(boolean enabled, List<Duration> followUps) {
    }

    public record Feedback(boolean enabled, int everyTouches, Duration every, Duration afterComplaintResolved) {
    }

    /** Lead times by date label; labels not listed use {@code other}. */
    public record Dates(boolean enabled, Map<String, Duration> leadTimes) {
        public Duration leadTime(String label) {
            return leadTimes.getOrDefault(label, leadTimes.get("other"));
        }
    }

    public record Digest(boolean enabled, DayOfWeek day, LocalTime time) {
    }

    /** Component weights (normalised when used) and the lower bounds of the green and yellow bands. */
    public record Health(Map<String, Integer> weights, int green, int yellow) {
    }

    /**
     * @param snooze       the durations offered on a nudge's Snooze buttons
     * @param lease        how long a scheduler holds a due nudge before another may take it
     * @param retryInitial first wait after a failed delivery; doubled each time up to {@code retryMax}
     */
    public record Delivery(List<Duration> snooze, Duration lease, Duration retryInitial, Duration retryMax) {
    }
}
