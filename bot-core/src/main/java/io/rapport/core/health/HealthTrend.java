package io.rapport.core.health;

import io.rapport.core.model.HealthPoint;
import java.time.LocalDate;
import java.util.List;

/**
 * How the score moved: the change since the last daily score at least 7 and 30 days old. A change is null when
 * the history does not reach that far back.
 */
public record HealthTrend(Integer week, Integer month) {

    public static HealthTrend of(int score, List<HealthPoint> history, LocalDate today) {
        return new HealthTrend(change(score, history, today.minusDays(7)),
                change(score, history, today.minusDays(30)));
    }

    private static Integer change(int score, List<HealthPoint> history, LocalDate onOrBefore) {
        HealthPoint then = null;
        for (HealthPoint p : history) {
            if (!p.day().isAfter(onOrBefore) && (then == null || p.day().isAfter(then.day()))) {
                then = p;
            }
        }
        return then == null ? null : score - then.score();
    }

    /** "+5 over 7 days, -3 over 30 days", or what is missing. */
    public String describe() {
        if (week == null && month == null) {
            return "no trend yet (history starts when the customer is first scored)";
        }
        return part(week, "7 days") + ", " + part(month, "30 days");
    }

    private static String part(Integer change, String span) {
        if (change == null) {
            return "no score from " + span + " ago";
        }
        return (change > 0 ? "+" + change : change == 0 ? "no change" : String.valueOf(change))
                + " over " + span;
    }
}
