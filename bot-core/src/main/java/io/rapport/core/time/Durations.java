package io.rapport.core.time;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them ({@code 1h}, {@code 2 days}) and as config files write them (ISO-8601). */
public final class Durations {
    private static final Pattern SHORT = Pattern.compile(
            "(\\d{1,4})\\s*(m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|wk|wks|weeks?)");
    private static final Pattern WEEKS = Pattern.compile("P(\\d+)W(?:(\\d+)D)?(T.*)?");

    private Durations() {
    }

    /** {@code 30m}, {@code 1h}, {@code 2d}, {@code 1w}, {@code 3 hours}, or an ISO-8601 duration. */
    public static Optional<Duration> parseShort(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2).charAt(0)) {
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            };
            return d.isZero() ? Optional.empty() : Optional.of(d);
        }
        try {
            Duration d = parseIso(t);
            return d.isZero() ? Optional.empty() : Optional.of(d);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** ISO-8601 as {@link Duration#parse} reads it, plus weeks ({@code P1W}, {@code P2W3D}); never negative. */
    public static Duration parseIso(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        Matcher m = WEEKS.matcher(t);
        if (m.matches()) {
            long days = Long.parseLong(m.group(1)) * 7 + (m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
            t = "P" + days + "D" + (m.group(3) == null ? "" : m.group(3));
        }
        try {
            Duration d = Duration.parse(t);
            if (d.isNegative()) {
                throw new IllegalArgumentException("'" + text + "' is negative; write a positive duration such as P2D");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not an ISO-8601 duration; write e.g. P2D (2 days), PT1H (1 hour) or P1W", e);
        }
    }

    /** "2 days", "1 hour", "45 minutes": the largest whole unit, for people to read. */
    public static String human(Duration d) {
        long minutes = d.toMinutes();
        if (minutes >= 7 * 24 * 60 && minutes % (7 * 24 * 60) == 0) {
            return plural(minutes / (7 * 24 * 60), "week");
        }
        if (minutes >= 24 * 60) {
            return plural(minutes / (24 * 60), "day");
        }
        if (minutes >= 60) {
            return plural(minutes / 60, "hour");
        }
        if (minutes >= 1) {
            return plural(minutes, "minute");
        }
        return plural(Math.max(0, d.toSeconds()), "second");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
