package io.rapport.core.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * What a due phrase means, independent of when it was said. {@link #resolve} applies it to the
 * reference instant; all calendar arithmetic happens in the reference's zone.
 *
 * <p>Local times are placed with {@link ZonedDateTime#of}: a time in a spring-forward gap moves forward
 * by the gap, and a time that occurs twice at fall-back takes its first (daylight) occurrence.
 */
sealed interface DueSpec {

    ZonedDateTime resolve(ZonedDateTime reference);

    /** How the due instant is chosen, in words. */
    String explain();

    /** "in 3 hours", "within 24 hours": absolute elapsed time, so the wall clock may move N±1 h over DST. */
    record Elapsed(Duration amount) implements DueSpec {
        @Override
        public ZonedDateTime resolve(ZonedDateTime reference) {
            return ZonedDateTime.ofInstant(reference.toInstant().plus(amount), reference.getZone());
        }

        @Override
        public String explain() {
            return "exactly " + amount + " of elapsed time after the message";
        }
    }

    /** "in 2 days", "in a week": the same wall-clock time N calendar days (weeks, months) later. */
    record WallClock(Period amount) implements DueSpec {
        @Override
        public ZonedDateTime resolve(ZonedDateTime reference) {
            return ZonedDateTime.of(reference.toLocalDateTime().plus(amount), reference.getZone());
        }

        @Override
        public String explain() {
            return "the same local time " + amount + " later on the calendar";
        }
    }

    /** "within 2 business days": the same local time after N Monday-to-Friday days (holidays unknown). */
    record BusinessDays(int days) implements DueSpec {
        @Override
        public ZonedDateTime resolve(ZonedDateTime reference) {
            LocalDate d = reference.toLocalDate();
            for (int left = days; left > 0; ) {
                d = d.plusDays(1);
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    left--;
                }
            }
            return ZonedDateTime.of(LocalDateTime.of(d, reference.toLocalTime()), reference.getZone());
        }

        @Override
        public String explain() {
            return "the same local time after " + days + " weekdays (weekends skipped, holidays not known)";
        }
    }

    /**
     * A date rule with a time of day. When the phrase names a zone ("5pm PT") the whole phrase is read
     * there, today included, so "by 5pm PT" said on a Sydney morning is that same PT afternoon. The
     * result is always shown in the reference's zone.
     */
    record OnDate(DateRule date, LocalTime time, ZoneId timeZone) implements DueSpec {
        @Override
        public ZonedDateTime resolve(ZonedDateTime reference) {
            ZoneId zone = timeZone == null ? reference.getZone() : timeZone;
            LocalDate d = date.first().apply(reference.withZoneSameInstant(zone).toLocalDate());
            // A rolling series always reaches the future within a few steps; the bound only guards bugs.
            for (int step = 0; step < 1000; step++) {
                ZonedDateTime due = ZonedDateTime.of(d, time, zone).withZoneSameInstant(reference.getZone());
                if (!date.rolls() || due.isAfter(reference)) {
                    return due;
                }
                d = date.step().apply(d);
            }
            throw new IllegalStateException("no future date for " + explain());
        }

        @Override
        public String explain() {
            return date.description() + ", at " + time + (timeZone == null ? "" : " " + timeZone.getId());
        }
    }

    /**
     * A part of today ("this afternoon", "tonight", "today"): its conventional deadline while that is
     * ahead, then the close of the period while the period lasts, then tomorrow's deadline.
     */
    record DaySlot(String name, LocalTime deadline, LocalTime close) implements DueSpec {
        @Override
        public ZonedDateTime resolve(ZonedDateTime reference) {
            ZoneId zone = reference.getZone();
            LocalDate today = reference.toLocalDate();
            ZonedDateTime due = ZonedDateTime.of(today, deadline, zone);
            if (due.isAfter(reference)) {
                return due;
            }
            ZonedDateTime end = ZonedDateTime.of(today, close, zone);
            return end.isAfter(reference) ? end : ZonedDateTime.of(today.plusDays(1), deadline, zone);
        }

        @Override
        public String explain() {
            return name + ": " + deadline + " today, or " + close + " if " + deadline
                    + " has passed, or " + deadline + " tomorrow once the period is over";
        }
    }
}
