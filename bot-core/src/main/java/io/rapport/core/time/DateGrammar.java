package io.rapport.core.time;

import io.rapport.core.time.TimeGrammar.Meridiem;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;

/** Day expressions: today, tomorrow, weekdays, weeks, month and quarter ends, and calendar dates. */
final class DateGrammar {

    /**
     * A day with the time the phrase implies.
     *
     * @param time the conventional due time (17:00 for a bare date, 09:00 for "… morning")
     * @param close for a part of today ("this afternoon"), when that part ends; otherwise null
     * @param hint whether a later bare hour is morning or evening ("tonight at 10")
     */
    record DatePart(DateRule rule, LocalTime time, LocalTime close, Meridiem hint, int end) {
        DatePart at(LocalTime newTime, Meridiem newHint, int newEnd) {
            return new DatePart(rule, newTime, null, newHint, newEnd);
        }
    }

    private final TokenView v;
    private final CalendarDates calendar;

    DateGrammar(TokenView v) {
        this.v = v;
        this.calendar = new CalendarDates(v);
    }

    /**
     * The longest day expression at {@code i}.
     *
     * @param anchored whether a prefix such as "by" or "on" came before, which lets ambiguous forms count
     */
    DatePart date(int i, boolean anchored) {
        DatePart best = null;
        best = longer(best, today(i));
        best = longer(best, tomorrow(i));
        best = longer(best, firstThing(i));
        best = longer(best, weekday(i, anchored));
        best = longer(best, week(i));
        best = longer(best, monthQuarterYear(i, anchored));
        best = longer(best, calendar.date(i, anchored));
        return best;
    }

    static DatePart longer(DatePart a, DatePart b) {
        if (a == null) {
            return b;
        }
        return b != null && b.end() > a.end() ? b : a;
    }

    private DatePart today(int i) {
        int e;
        if ((e = v.phrase(i, "today", "later today", "sometime today", "by the end of today", "end of today")) > 0) {
            return new DatePart(DateRule.TODAY, Lexicon.END_OF_BUSINESS, Lexicon.LAST_MINUTE, null, e);
        }
        if ((e = v.phrase(i, "this morning", "later this morning")) > 0) {
            return new DatePart(DateRule.TODAY, Lexicon.MORNING, Lexicon.NOON, Meridiem.AM, e);
        }
        if ((e = v.phrase(i, "this afternoon", "this arvo", "later this afternoon", "this aft")) > 0) {
            return new DatePart(DateRule.TODAY, Lexicon.AFTERNOON, Lexicon.END_OF_BUSINESS, Meridiem.PM, e);
        }
        if ((e = v.phrase(i, "tonight", "tonite", "this evening", "later tonight", "later this evening")) > 0) {
            return new DatePart(DateRule.TODAY, Lexicon.EVENING, Lexicon.LAST_MINUTE, Meridiem.PM, e);
        }
        // "in the morning" said in the evening means tomorrow's morning; said at 7am, today's.
        if ((e = v.phrase(i, "in the morning")) > 0) {
            return new DatePart(DateRule.daily(), Lexicon.MORNING, null, Meridiem.AM, e);
        }
        if ((e = v.phrase(i, "in the afternoon")) > 0) {
            return new DatePart(DateRule.daily(), Lexicon.AFTERNOON, null, Meridiem.PM, e);
        }
        return null;
    }

    private DatePart tomorrow(int i) {
        int e = Lexicon.TOMORROW.contains(v.norm(i)) ? i + 1 : -1;
        int days = 1;
        int after = v.phrase(i, "the day after tomorrow", "day after tomorrow");
        if (after > 0) {
            e = after;
            days = 2;
        }
        return e < 0 ? null : partOfDay(new DatePart(DateRule.daysAhead(days), Lexicon.END_OF_BUSINESS, null, null, e));
    }

    /** "first thing tomorrow", "first thing Monday", "first thing in the morning": 09:00. */
    private DatePart firstThing(int i) {
        int j = v.phrase(i, "first thing", "1st thing");
        if (j < 0) {
            return null;
        }
        j = Math.max(j, v.phrase(j, "on"));
        DatePart day = date(j, true);
        if (day != null && day.close() == null) {
            return day.at(Lexicon.MORNING, Meridiem.AM, Math.max(day.end(), v.phrase(day.end(), "morning")));
        }
        return new DatePart(DateRule.daily(), Lexicon.MORNING, null, Meridiem.AM, v.phrase(i, "first thing", "1st thing"));
    }

    private DatePart weekday(int i, boolean anchored) {
        int j = i;
        int mod = v.phrase(i, "next", "this", "coming", "this coming", "upcoming", "this upcoming");
        boolean next = v.is(i, "next");
        if (mod > 0) {
            j = mod;
        }
        DayOfWeek day = Lexicon.weekday(v.norm(j));
        if (day == null) {
            return null;
        }
        // "sat"/"sun"/"wed" in running text are usually words, not days.
        if (v.strict() && Lexicon.AMBIGUOUS_WEEKDAYS.contains(v.norm(j)) && !anchored && mod < 0) {
            return null;
        }
        j++;
        DateRule rule = next ? DateRule.weekdayOfWeek(day, 1) : DateRule.nextWeekday(day);
        if (!next) {
            int nextWeek = v.phrase(j, "next week", "of next week");
            int thisWeek = v.phrase(j, "this week", "of this week");
            if (nextWeek > 0) {
                rule = DateRule.weekdayOfWeek(day, 1);
                j = nextWeek;
            } else if (thisWeek > 0) {
                rule = DateRule.weekdayOfWeek(day, 0);
                j = thisWeek;
            }
        }
        return partOfDay(new DatePart(rule, Lexicon.END_OF_BUSINESS, null, null, j));
    }

    private DatePart week(int i) {
        int e;
        if ((e = v.phrase(i, "next business day", "next working day", "the next business day",
                "the next working day")) > 0) {
            return new DatePart(DateRule.nextBusinessDay(), Lexicon.END_OF_BUSINESS, null, null, e);
        }
        // "by the weekend" is before it starts; "over the weekend" is during it, so by Sunday.
        if ((e = v.phrase(i, "the weekend", "before the weekend")) > 0) {
            return new DatePart(DateRule.endOfWeek(), Lexicon.END_OF_BUSINESS, null, null, e);
        }
        if ((e = v.phrase(i, "this weekend", "over the weekend", "at the weekend", "on the weekend")) > 0) {
            return new DatePart(DateRule.weekend(), Lexicon.END_OF_BUSINESS, null, null, e);
        }
        if ((e = v.phrase(i, "next weekend")) > 0) {
            return new DatePart(DateRule.weekdayOfWeek(DayOfWeek.SUNDAY, 1), Lexicon.END_OF_BUSINESS, null, null, e);
        }
        if ((e = v.phrase(i, "after the weekend")) > 0) {
            return new DatePart(DateRule.nextWeekday(DayOfWeek.MONDAY), Lexicon.MORNING, null, Meridiem.AM, e);
        }
        if ((e = v.phrase(i, "mid next week", "the middle of next week", "middle of next week")) > 0) {
            return new DatePart(DateRule.weekdayOfWeek(DayOfWeek.WEDNESDAY, 1), Lexicon.END_OF_BUSINESS, null, null, e);
        }
        if ((e = v.phrase(i, "end of next week", "the end of next week", "late next week", "eonw")) > 0) {
            return new DatePart(DateRule.weekdayOfWeek(DayOfWeek.FRIDAY, 1), Lexicon.END_OF_BUSINESS, null, null, e);
        }
        if ((e = v.phrase(i, "next week", "early next week", "beginning of next week", "start of next week",
                "the beginning of next week", "the start of next week")) > 0) {
            DayOfWeek day = Lexicon.weekday(v.norm(e));
            if (day != null) {
                return partOfDay(new DatePart(DateRule.weekdayOfWeek(day, 1), Lexicon.END_OF_BUSINESS, null, null, e + 1));
            }
            return new DatePart(DateRule.weekdayOfWeek(DayOfWeek.MONDAY, 1), Lexicon.MORNING, null, null, e);
        }
        if ((e = v.phrase(i, "end of week", "end of the week", "the end of the week", "end of this week",
                "the end of this week", "end of the working week", "end of the work week", "eow", "this week",
                "later this week")) > 0) {
            return new DatePart(DateRule.endOfWeek(), Lexicon.END_OF_BUSINESS, null, null, e);
        }
        return null;
    }

    private DatePart monthQuarterYear(int i, boolean anchored) {
        int e;
        DateRule rule = null;
        LocalTime time = Lexicon.END_OF_BUSINESS;
        if ((e = v.phrase(i, "end of month", "end of the month", "the end of the month", "end of this month",
                "the end of this month", "month end", "the month end", "eom", "this month", "later this month")) > 0) {
            rule = DateRule.endOfMonth();
        } else if ((e = v.phrase(i, "end of next month", "the end of next month")) > 0) {
            rule = DateRule.endOfMonthAhead(1);
        } else if ((e = v.phrase(i, "next month", "early next month", "beginning of next month",
                "start of next month", "the beginning of next month", "the start of next month")) > 0) {
            // Like "next week": the start of the period, when work on it can begin.
            rule = DateRule.startOfMonthAhead(1);
            time = Lexicon.MORNING;
        } else if ((e = v.phrase(i, "end of quarter", "end of the quarter", "the end of the quarter",
                "end of this quarter", "the end of this quarter", "quarter end", "eoq", "this quarter")) > 0) {
            rule = DateRule.endOfQuarter();
        } else if ((e = v.phrase(i, "next quarter", "early next quarter", "start of next quarter")) > 0) {
            rule = DateRule.startOfQuarterAhead(1);
            time = Lexicon.MORNING;
        } else if ((e = v.phrase(i, "end of year", "end of the year", "the end of the year", "end of this year",
                "the end of this year", "year end", "eoy", "this year")) > 0) {
            rule = DateRule.yearlyMonthEnd(Month.DECEMBER);
        } else if ((e = v.phrase(i, "next year", "early next year", "start of next year")) > 0) {
            rule = DateRule.startOfYearAhead(1);
            time = Lexicon.MORNING;
        } else {
            int q = v.phrase(i, "end of", "the end of");
            int at = Math.max(i, q);
            String norm = v.norm(at);
            boolean quarter = norm.length() == 2 && norm.charAt(0) == 'q' && norm.charAt(1) >= '1' && norm.charAt(1) <= '4';
            // "It's Q4 already" names a period, not a deadline: free text needs "by Q4" or "end of Q4".
            if (quarter && (!v.strict() || anchored || q > 0)) {
                Month last = Month.of((norm.charAt(1) - '0') * 3);
                Integer year = v.number(at + 1, 4);
                e = at + 1;
                rule = DateRule.yearlyMonthEnd(last);
                if (year != null && year >= 2000 && year < 2100) {
                    rule = DateRule.on(YearMonth.of(year, last).atEndOfMonth());
                    e = at + 2;
                }
            }
        }
        return rule == null ? null : new DatePart(rule, time, null, null, e);
    }

    /** "Friday morning", "tomorrow afternoon", "Monday EOD": the day with a conventional slot. */
    private DatePart partOfDay(DatePart day) {
        int j = day.end();
        int e;
        if ((e = v.phrase(j, "morning", "am", "in the morning", "first thing", "first thing in the morning")) > 0) {
            return day.at(Lexicon.MORNING, Meridiem.AM, e);
        }
        if ((e = v.phrase(j, "afternoon", "arvo", "pm", "in the afternoon")) > 0) {
            return day.at(Lexicon.AFTERNOON, Meridiem.PM, e);
        }
        if ((e = v.phrase(j, "evening", "night", "in the evening")) > 0) {
            return day.at(Lexicon.EVENING, Meridiem.PM, e);
        }
        if ((e = v.phrase(j, "noon", "midday", "lunchtime")) > 0) {
            return day.at(Lexicon.NOON, null, e);
        }
        if ((e = v.phrase(j, Lexicon.END_OF_DAY)) > 0) {
            return day.at(Lexicon.END_OF_BUSINESS, null, e);
        }
        return day;
    }
}
