package io.rapport.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Which calendar date a phrase names, given today's date in the teammate's zone. A fixed rule names
 * one date. A rolling rule names a series ("the 15th" of this month, next month, …): the resolver takes
 * the first date of the series whose due time is still ahead of the moment the phrase was said.
 *
 * @param description how the date is chosen, for explanations
 * @param first the date to try first
 * @param step the next date in the series, or null for a fixed date
 */
record DateRule(String description, UnaryOperator<LocalDate> first, UnaryOperator<LocalDate> step) {

    /** Same instance every time, so "EOD today" can be told apart from other dates. */
    static final DateRule TODAY = fixed("today", d -> d);

    boolean rolls() {
        return step != null;
    }

    static DateRule fixed(String description, UnaryOperator<LocalDate> first) {
        return new DateRule(description, first, null);
    }

    static DateRule daysAhead(int days) {
        return days == 0 ? TODAY : fixed(days == 1 ? "tomorrow" : "in " + days + " days", d -> d.plusDays(days));
    }

    /** Today if the time is still ahead, otherwise tomorrow: EOD, "by 4pm", "by noon". */
    static DateRule daily() {
        return new DateRule("today, or tomorrow once that time has passed", d -> d, d -> d.plusDays(1));
    }

    /** Bare or "this" weekday: strictly after today, so Friday said on a Friday is a week away. */
    static DateRule nextWeekday(DayOfWeek day) {
        return fixed("the next " + name(day) + " after today", d -> d.with(TemporalAdjusters.next(day)));
    }

    /** A weekday of the current (0) or a later ISO week, which runs Monday to Sunday. */
    static DateRule weekdayOfWeek(DayOfWeek day, int weeksAhead) {
        String which = weeksAhead == 0 ? "this week" : weeksAhead == 1 ? "next week" : weeksAhead + " weeks ahead";
        return fixed(name(day) + " of " + which + " (ISO weeks)",
                d -> d.with(DayOfWeek.MONDAY).plusWeeks(weeksAhead).with(day));
    }

    /** Sunday of this ISO week (the end of its weekend), or of the following one once it has passed. */
    static DateRule weekend() {
        return new DateRule("Sunday of this week, or the next Sunday once passed",
                d -> d.with(DayOfWeek.SUNDAY), d -> d.plusWeeks(1));
    }

    /** The first Monday-to-Friday day after today (holidays are not known). */
    static DateRule nextBusinessDay() {
        return fixed("the next weekday after today", d -> {
            LocalDate next = d.plusDays(1);
            while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
                next = next.plusDays(1);
            }
            return next;
        });
    }

    /** Friday of this ISO week, or of the following one once it has passed. */
    static DateRule endOfWeek() {
        return new DateRule("Friday of this week, or the next Friday once passed",
                d -> d.with(DayOfWeek.FRIDAY), d -> d.plusWeeks(1));
    }

    static DateRule endOfMonth() {
        return new DateRule("last day of this month, or of the next month once passed",
                d -> d.with(TemporalAdjusters.lastDayOfMonth()),
                d -> d.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth()));
    }

    static DateRule endOfMonthAhead(int months) {
        return fixed("last day of the month " + months + " ahead",
                d -> d.plusMonths(months).with(TemporalAdjusters.lastDayOfMonth()));
    }

    static DateRule startOfMonthAhead(int months) {
        return fixed("first day of next month", d -> d.plusMonths(months).withDayOfMonth(1));
    }

    /** "The 15th": the first month from this one that has that day (the 31st skips short months). */
    static DateRule dayOfMonth(int day) {
        if (day < 1 || day > 31) {
            throw new IllegalArgumentException("no month has a day " + day);
        }
        return new DateRule("the " + day + suffix(day) + " of this month, or the next month that has one",
                d -> monthWithDay(YearMonth.from(d), day),
                d -> monthWithDay(YearMonth.from(d).plusMonths(1), day));
    }

    /** A month and day without a year: this year, or the next year that has it (29 February). */
    static DateRule yearly(Month month, int day) {
        if (day < 1 || day > month.maxLength()) {
            throw new IllegalArgumentException(month + " never has a day " + day);
        }
        return new DateRule(name(month) + " " + day + " this year, or next year once passed",
                d -> yearWithDay(d.getYear(), month, day),
                d -> yearWithDay(d.getYear() + 1, month, day));
    }

    /** The last day of a named month, every year (end of May, end of Q3). */
    static DateRule yearlyMonthEnd(Month month) {
        return new DateRule("last day of " + name(month) + " this year, or next year once passed",
                d -> YearMonth.of(d.getYear(), month).atEndOfMonth(),
                d -> YearMonth.of(d.getYear() + 1, month).atEndOfMonth());
    }

    /** Calendar quarters (Jan–Mar, …); fiscal years are not known here. */
    static DateRule endOfQuarter() {
        return new DateRule("last day of this calendar quarter, or of the next once passed",
                Quarters::end, d -> Quarters.end(d.plusMonths(3).withDayOfMonth(1)));
    }

    static DateRule startOfQuarterAhead(int quarters) {
        return fixed("first day of next calendar quarter",
                d -> Quarters.end(d).plusDays(1).plusMonths(3L * (quarters - 1)));
    }

    static DateRule startOfYearAhead(int years) {
        return fixed("1 January next year", d -> LocalDate.of(d.getYear() + years, 1, 1));
    }

    static DateRule on(LocalDate date) {
        return fixed(date.toString(), d -> date);
    }

    private static LocalDate monthWithDay(YearMonth from, int day) {
        YearMonth ym = from;
        while (!ym.isValidDay(day)) {
            ym = ym.plusMonths(1);
        }
        return ym.atDay(day);
    }

    private static LocalDate yearWithDay(int fromYear, Month month, int day) {
        int year = fromYear;
        while (!YearMonth.of(year, month).isValidDay(day)) {
            year++;
        }
        return LocalDate.of(year, month, day);
    }

    private static String name(Enum<?> dayOrMonth) {
        String n = dayOrMonth.name();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String suffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static final class Quarters {
        static LocalDate end(LocalDate d) {
            int lastMonth = ((d.getMonthValue() - 1) / 3 + 1) * 3;
            return YearMonth.of(d.getYear(), lastMonth).atEndOfMonth();
        }
    }
}
