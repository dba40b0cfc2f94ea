package io.rapport.core.time;

import io.rapport.core.time.DateGrammar.DatePart;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calendar dates: "the 15th", "March 3", "3rd of March 2026", "mid-May", "3/4", "2025-03-14". */
final class CalendarDates {

    private static final Pattern ISO_DAY_AND_HOUR = Pattern.compile("(\\d{2})t(\\d{2})");

    private final TokenView v;

    CalendarDates(TokenView v) {
        this.v = v;
    }

    DatePart date(int i, boolean anchored) {
        DatePart best = ordinal(i, anchored);
        best = DateGrammar.longer(best, monthThenDay(i));
        best = DateGrammar.longer(best, dayThenMonth(i));
        best = DateGrammar.longer(best, partOfMonth(i));
        best = DateGrammar.longer(best, numeric(i, anchored));
        return DateGrammar.longer(best, iso(i));
    }

    /** "the 15th", "15th of March", "the 3rd of the month". */
    private DatePart ordinal(int i, boolean anchored) {
        boolean the = v.is(i, "the");
        int j = the ? i + 1 : i;
        Integer day = Lexicon.ordinal(v.norm(j));
        if (day == null || day < 1 || day > 31) {
            return null;
        }
        j++;
        int k = v.is(j, "of") ? j + 1 : j;
        Month month = Lexicon.month(v.norm(k));
        if (month != null) {
            return withYear(month, day, k + 1);
        }
        // In running text "the 4th" is as often a count ("the 4th time") as a date.
        if (v.strict() && !anchored) {
            return null;
        }
        j = Math.max(j, v.phrase(j, "of the month", "of this month"));
        return dated(DateRule.dayOfMonth(day), j);
    }

    /** "March 3", "Mar 3rd", "March the 3rd", "March 3, 2026". */
    private DatePart monthThenDay(int i) {
        Month month = Lexicon.month(v.norm(i));
        if (month == null) {
            return null;
        }
        int j = v.is(i + 1, "the") ? i + 2 : i + 1;
        Integer day = Lexicon.ordinal(v.norm(j));
        if (day == null) {
            day = v.number(j, 2);
            // "March 3:30" is not "March 3": leave clock times alone.
            if (day != null && v.is(j + 1, ":", ".") && v.touchesPrevious(j + 1) && v.number(j + 2, 2) != null) {
                return null;
            }
        }
        return day == null ? null : withYear(month, day, j + 1);
    }

    /** "3 March", "3 March 2026". */
    private DatePart dayThenMonth(int i) {
        Integer day = v.number(i, 2);
        if (day == null) {
            return null;
        }
        int j = v.is(i + 1, "of") ? i + 2 : i + 1;
        Month month = Lexicon.month(v.norm(j));
        return month == null ? null : withYear(month, day, j + 1);
    }

    /** "mid-May", "end of June", "beginning of July". */
    private DatePart partOfMonth(int i) {
        int e;
        if ((e = v.phrase(i, "mid", "middle of", "the middle of", "mid of")) > 0) {
            e = v.is(e, "-") && v.touchesPrevious(e) ? e + 1 : e; // "mid-May"
            if (Lexicon.month(v.norm(e)) != null) {
                return withYear(Lexicon.month(v.norm(e)), 15, e + 1);
            }
        }
        if ((e = v.phrase(i, "end of", "the end of")) > 0 && Lexicon.month(v.norm(e)) != null) {
            Month month = Lexicon.month(v.norm(e));
            Integer year = year(e + 1);
            if (year != null) {
                return dated(DateRule.on(YearMonth.of(year, month).atEndOfMonth()), e + 2);
            }
            return dated(DateRule.yearlyMonthEnd(month), e + 1);
        }
        if ((e = v.phrase(i, "start of", "beginning of", "the start of", "the beginning of")) > 0
                && Lexicon.month(v.norm(e)) != null) {
            return withYear(Lexicon.month(v.norm(e)), 1, e + 1);
        }
        return null;
    }

    /** "3/4" and "3/4/26": month first in en-US, day first elsewhere; an impossible reading flips. */
    private DatePart numeric(int i, boolean anchored) {
        Integer a = v.number(i, 2);
        if (a == null || !v.is(i + 1, "/") || !v.touchesPrevious(i + 1) || !v.touchesPrevious(i + 2)) {
            return null;
        }
        Integer b = v.number(i + 2, 2);
        if (b == null || (v.is(i - 1, "/") && v.touchesPrevious(i))) {
            return null;
        }
        int end = i + 3;
        Integer year = null;
        if (v.is(end, "/") && v.touchesPrevious(end) && v.touchesPrevious(end + 1)) {
            year = v.number(end + 1, 4);
            if (year == null || (year >= 100 && year < 1900)) {
                return null;
            }
            year = year < 100 ? 2000 + year : year;
            end += 2;
        }
        // A longer run ("1/2/3/4", "24/7/365") is not a date; in free text a bare "3/4" may be a ratio.
        if ((v.is(end, "/") && v.touchesPrevious(end)) || (v.strict() && !anchored)) {
            return null;
        }
        int month = v.monthFirst() ? a : b;
        int day = v.monthFirst() ? b : a;
        if (!valid(month, day)) {
            int swap = month;
            month = day;
            day = swap;
        }
        if (!valid(month, day)) {
            return null;
        }
        return year == null ? dated(DateRule.yearly(Month.of(month), day), end) : fixed(year, month, day, end);
    }

    /** "2025-03-14", optionally "2025-03-14T15:00". */
    private DatePart iso(int i) {
        Integer year = v.number(i, 4);
        if (year == null || v.norm(i).length() != 4 || !v.is(i + 1, "-") || !v.is(i + 3, "-")
                || !v.touchesPrevious(i + 1) || !v.touchesPrevious(i + 2) || !v.touchesPrevious(i + 3)
                || !v.touchesPrevious(i + 4)) {
            return null;
        }
        Integer month = v.number(i + 2, 2);
        Matcher dayHour = ISO_DAY_AND_HOUR.matcher(v.norm(i + 4));
        if (month == null) {
            return null;
        }
        if (dayHour.matches() && v.is(i + 5, ":") && v.number(i + 6, 2) != null) {
            DatePart date = fixed(year, month, Integer.parseInt(dayHour.group(1)), i + 7);
            int hour = Integer.parseInt(dayHour.group(2));
            int minute = v.number(i + 6, 2);
            if (date == null || hour > 23 || minute > 59) {
                return null;
            }
            return date.at(LocalTime.of(hour, minute), null, i + 7);
        }
        Integer day = v.number(i + 4, 2);
        return day == null ? null : fixed(year, month, day, i + 5);
    }

    private DatePart withYear(Month month, int day, int end) {
        if (day < 1 || day > month.maxLength()) {
            return null;
        }
        int j = v.is(end, ",") ? end + 1 : end;
        Integer year = year(j);
        if (year != null) {
            return fixed(year, month.getValue(), day, j + 1);
        }
        return dated(DateRule.yearly(month, day), end);
    }

    private Integer year(int i) {
        Integer year = v.number(i, 4);
        return year != null && v.norm(i).length() == 4 && year >= 1900 && year <= 2199 ? year : null;
    }

    private static boolean valid(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).maxLength();
    }

    private static DatePart fixed(int year, int month, int day, int end) {
        try {
            return dated(DateRule.on(LocalDate.of(year, month, day)), end);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static DatePart dated(DateRule rule, int end) {
        return new DatePart(rule, Lexicon.END_OF_BUSINESS, null, null, end);
    }
}
