package io.rapport.core.rule;

import io.rapport.core.rulebook.Rulebook;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * Working hours in one zone: the days of the week and the daily window of the rulebook's {@code team}
 * section. Used to count the attention timer only while the team works, and to hold a private nudge until
 * its reader's working day begins. With no working days at all, every moment counts.
 */
public final class BusinessHours {
    /** A week always holds a working day when there is one at all. */
    private static final int SEARCH_DAYS = 8;
    private final ZoneId zone;
    private final Set<DayOfWeek> days;
    private final LocalTime start;
    private final LocalTime end;

    public BusinessHours(ZoneId zone, Set<DayOfWeek> days, LocalTime start, LocalTime end) {
        this.zone = zone;
        this.days = Set.copyOf(days);
        this.start = start;
        this.end = end;
    }

    public static BusinessHours of(Rulebook.Team team) {
        return new BusinessHours(team.timezone(), team.workDays(), team.dayStart(), team.dayEnd());
    }

    /** The same hours read in another zone: a teammate's own working day. */
    public BusinessHours in(ZoneId other) {
        return new BusinessHours(other, days, start, end);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Within working hours; the closing minute counts, so a reminder set for 17:00 goes at 17:00. */
    public boolean isOpen(Instant at) {
        if (days.isEmpty()) {
            return true;
        }
        var local = at.atZone(zone);
        return days.contains(local.getDayOfWeek()) && !local.toLocalTime().isBefore(start)
                && !local.toLocalTime().isAfter(end);
    }

    /** {@code at} itself when within hours, else the start of the next working window. */
    public Instant nextOpen(Instant at) {
        return isOpen(at) ? at : nextStart(at);
    }

    /** The moment {@code work} of working time has passed since {@code from}. */
    public Instant plus(Instant from, Duration work) {
        if (days.isEmpty()) {
            return from.plus(work);
        }
        Instant at = nextOpen(from);
        Duration left = work;
        while (true) {
            Instant close = closing(at);
            Duration window = Duration.between(at, close);
            if (left.compareTo(window) <= 0) {
                return at.plus(left);
            }
            left = left.minus(window);
            at = nextStart(close);
        }
    }

    /** Working time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (days.isEmpty()) {
            return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        Instant at = nextOpen(from);
        while (at.isBefore(to)) {
            Instant close = closing(at);
            Instant stop = close.isBefore(to) ? close : to;
            total = total.plus(Duration.between(at, stop));
            at = nextStart(close);
        }
        return total;
    }

    /** The first start of a working window strictly after {@code at}. */
    private Instant nextStart(Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        for (int i = 0; i <= SEARCH_DAYS; i++, day = day.plusDays(1)) {
            if (days.contains(day.getDayOfWeek())) {
                Instant open = day.atTime(start).atZone(zone).toInstant();
                if (open.isAfter(at)) {
                    return open;
                }
            }
        }
        throw new IllegalStateException("no working window within " + SEARCH_DAYS + " days of " + at);
    }

    /** The end of the working window {@code at} is in (which must be open). */
    private Instant closing(Instant at) {
        return at.atZone(zone).toLocalDate().atTime(end).atZone(zone).toInstant();
    }
}
