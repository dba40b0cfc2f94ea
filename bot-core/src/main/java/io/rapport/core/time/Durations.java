package io.rapport.core.time;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixed-length durations for snoozes and config values. A day here is 24 hours of elapsed time:
 * these are timers, not calendar arithmetic (that is {@link DueParser}'s job).
 */
public final class Durations {

    private static final String EXAMPLES = "PT15S, PT30M, PT1H, P2D, P1W or P1DT2H";

    // ISO-8601 week designator, optionally followed by days and a time part; java.time lacks it.
    private static final Pattern ISO_WEEKS =
            Pattern.compile("([-+]?)P(\\d+)W(?:(\\d+)D)?(T.*)?", Pattern.CASE_INSENSITIVE);
    // Years and months have no fixed length, so they are named in the error rather than guessed.
    private static final Pattern ISO_CALENDAR_UNITS =
            Pattern.compile("[-+]?P(\\d+Y)?(\\d+M)?.*", Pattern.CASE_INSENSITIVE);

    private static final Pattern SHORT_PART = Pattern.compile("(\\d{1,6})\\s*([a-z]+)");

    private static final Map<String, Duration> UNITS = Map.ofEntries(
            Map.entry("s", Duration.ofSeconds(1)), Map.entry("sec", Duration.ofSeconds(1)),
            Map.entry("secs", Duration.ofSeconds(1)), Map.entry("second", Duration.ofSeconds(1)),
            Map.entry("seconds", Duration.ofSeconds(1)),
            Map.entry("m", Duration.ofMinutes(1)), Map.entry("min", Duration.ofMinutes(1)),
            Map.entry("mins", Duration.ofMinutes(1)), Map.entry("minute", Duration.ofMinutes(1)),
            Map.entry("minutes", Duration.ofMinutes(1)),
            Map.entry("h", Duration.ofHours(1)), Map.entry("hr", Duration.ofHours(1)),
            Map.entry("hrs", Duration.ofHours(1)), Map.entry("hour", Duration.ofHours(1)),
            Map.entry("hours", Duration.ofHours(1)),
            Map.entry("d", Duration.ofDays(1)), Map.entry("day", Duration.ofDays(1)),
            Map.entry("days", Duration.ofDays(1)),
            Map.entry("w", Duration.ofDays(7)), Map.entry("wk", Duration.ofDays(7)),
            Map.entry("wks", Duration.ofDays(7)), Map.entry("week", Duration.ofDays(7)),
            Map.entry("weeks", Duration.ofDays(7)));

    private Durations() {
    }

    /**
     * Reads a snooze-style duration: {@code 1h}, {@code 30m}, {@code 2d}, {@code 1w}, {@code 2 days},
     * {@code 1h 30m}, or ISO-8601 ({@code PT1H}, {@code P1D}, {@code P1W}). Empty when the text is not
     * one, or is zero or negative, since a snooze must move time forward.
     */
    public static Optional<Duration> parseShort(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.trim().toLowerCase(Locale.ROOT);
        Duration total;
        if (s.startsWith("p") || s.startsWith("-p") || s.startsWith("+p")) {
            try {
                total = parseIso(s);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        } else {
            total = sumOfParts(s);
        }
        return total == null || total.isZero() || total.isNegative() ? Optional.empty() : Optional.of(total);
    }

    /**
     * Reads an ISO-8601 duration for config files. Besides what {@link Duration#parse} accepts
     * ({@code PT15S}, {@code P2D}, {@code P1DT2H}) it takes the week form {@code P1W} (7 days).
     *
     * @throws IllegalArgumentException naming the bad value and showing valid ones
     */
    public static Duration parseIso(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    "Invalid duration '" + text + "': expected ISO-8601 such as " + EXAMPLES);
        }
        String s = text.trim();
        Matcher weeks = ISO_WEEKS.matcher(s);
        if (weeks.matches()) {
            long days = Long.parseLong(weeks.group(2)) * 7
                    + (weeks.group(3) == null ? 0 : Long.parseLong(weeks.group(3)));
            s = weeks.group(1) + "P" + days + "D" + (weeks.group(4) == null ? "" : weeks.group(4));
        }
        try {
            return Duration.parse(s);
        } catch (DateTimeParseException e) {
            Matcher calendar = ISO_CALENDAR_UNITS.matcher(text.trim());
            boolean calendarUnits = calendar.matches() && (calendar.group(1) != null || calendar.group(2) != null);
            String hint = calendarUnits ? " (years and months have no fixed length; use days or weeks)" : "";
            throw new IllegalArgumentException(
                    "Invalid duration '" + text + "'" + hint + ": expected ISO-8601 such as " + EXAMPLES, e);
        }
    }

    /** Sums "1h 30m" / "2 days" style parts; null when anything is left unread. */
    private static Duration sumOfParts(String s) {
        Matcher m = SHORT_PART.matcher(s);
        Duration total = Duration.ZERO;
        int pos = 0;
        boolean any = false;
        while (m.find()) {
            if (!s.substring(pos, m.start()).isBlank()) {
                return null;
            }
            Duration unit = UNITS.get(m.group(2));
            if (unit == null) {
                return null;
            }
            total = total.plus(unit.multipliedBy(Long.parseLong(m.group(1))));
            pos = m.end();
            any = true;
        }
        return any && s.substring(pos).isBlank() ? total : null;
    }

    /** "2 days", "1 hour", "45 minutes": the largest whole unit, for people to read. */
    public static String human(Duration d) {
        long minutes = d.toMinutes();
        long week = 7 * 24 * 60;
        if (minutes >= week && minutes % week == 0) {
            return plural(minutes / week, "week");
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
