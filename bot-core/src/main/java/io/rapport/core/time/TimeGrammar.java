package io.rapport.core.time;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Clock times ("3pm", "15:00", "3:30 p.m.", "noon", "EOD") with an optional zone ("ET", "your time"). */
final class TimeGrammar {

    enum Meridiem { AM, PM }

    /** @param zone the zone the time is read in, or null for the teammate's own zone */
    record TimePart(LocalTime time, ZoneId zone, boolean endOfDay, int end) {
    }

    private static final Pattern HOUR_MERIDIEM = Pattern.compile("(\\d{1,2})(am|pm)");
    private static final Pattern MINUTES = Pattern.compile("(\\d{2})(am|pm)?");

    private final TokenView v;

    TimeGrammar(TokenView v) {
        this.v = v;
    }

    /**
     * A time of day at {@code i}.
     *
     * @param hint whether the surrounding words put it in the morning or evening ("tonight at 10")
     * @param allowBareHour whether a lone number counts as an hour; only after "at" following a day,
     *     because elsewhere "5" is rarely a time
     */
    TimePart time(int i, Meridiem hint, boolean allowBareHour) {
        LocalTime t;
        boolean endOfDay = false;
        int end;
        if ((end = v.phrase(i, Lexicon.END_OF_DAY)) > 0) {
            t = Lexicon.END_OF_BUSINESS;
            endOfDay = true;
        } else if ((end = v.phrase(i, "noon", "12 noon", "midday", "lunchtime", "lunch")) > 0) {
            t = Lexicon.NOON;
        } else if ((end = v.phrase(i, "midnight")) > 0) {
            t = Lexicon.LAST_MINUTE;
        } else {
            Clock c = clock(i, hint, allowBareHour);
            if (c == null) {
                return null;
            }
            t = LocalTime.of(c.hour(), c.minute());
            end = c.end();
        }
        end = Math.max(end, v.phrase(end, "ish", "- ish", "or so"));
        ZoneId zone = null;
        int zoneEnd = zone(end);
        if (zoneEnd > 0) {
            zone = Lexicon.zone(v.norm(end));
            end = zoneEnd;
        }
        return new TimePart(t, zone, endOfDay, end);
    }

    /** End of a zone name at {@code i} ("GMT", "ET time", "your time"), or -1. Local names give a null zone. */
    int zone(int i) {
        int local = v.phrase(i, "your time", "my time", "local time", "your local time", "your timezone",
                "your time zone", "local");
        if (local > 0) {
            return local;
        }
        if (Lexicon.zone(v.norm(i)) != null) {
            return Math.max(i + 1, v.phrase(i + 1, "time"));
        }
        return -1;
    }

    private record Clock(int hour, int minute, int end) {
    }

    /** A numeric clock time at {@code i}, or null. */
    private Clock clock(int i, Meridiem hint, boolean allowBareHour) {
        Matcher compact = HOUR_MERIDIEM.matcher(v.norm(i));
        if (compact.matches()) {
            int h = to24(Integer.parseInt(compact.group(1)), compact.group(2));
            return h < 0 ? null : new Clock(h, 0, i + 1);
        }
        Integer hour = v.number(i, 2);
        if (hour == null) {
            return null;
        }
        boolean leadingZero = v.norm(i).startsWith("0");
        int j = i + 1;
        Integer minute = null;
        String meridiem = null;
        boolean dotted = false;
        if (v.is(j, ":", ".") && v.touchesPrevious(j) && v.touchesPrevious(j + 1)) {
            Matcher mm = MINUTES.matcher(v.norm(j + 1));
            if (mm.matches()) {
                dotted = v.is(j, ".");
                minute = Integer.valueOf(mm.group(1));
                meridiem = mm.group(2);
                j += 2;
            }
        }
        if (meridiem == null) {
            int e = v.phrase(j, "am", "pm", "a . m .", "p . m .", "a . m", "p . m");
            if (e > 0) {
                meridiem = v.norm(j);
                j = e;
            }
        }
        if (minute != null && minute > 59) {
            return null;
        }
        int m = minute == null ? 0 : minute;
        if (meridiem != null) {
            int h = to24(hour, meridiem);
            return h < 0 ? null : new Clock(h, m, j);
        }
        // "3.30" without am/pm is as likely a version or a price as a time.
        if (dotted) {
            return null;
        }
        int oclock = v.phrase(j, "o'clock");
        if (minute == null && oclock < 0 && !allowBareHour) {
            return null;
        }
        j = Math.max(j, oclock);
        if (hour > 23) {
            return null;
        }
        if (hour >= 13 || hour == 0 || leadingZero) {
            return new Clock(hour, m, j);
        }
        return new Clock(infer(hour, hint), m, j);
    }

    /**
     * An hour with no am/pm: the surrounding words decide, otherwise working hours do (7–11 is the
     * morning, 12–6 the afternoon), since that is when teammates promise things.
     */
    private static int infer(int hour, Meridiem hint) {
        if (hint == Meridiem.PM) {
            return hour == 12 ? 12 : hour + 12;
        }
        if (hint == Meridiem.AM) {
            return hour == 12 ? 0 : hour;
        }
        return hour >= 7 && hour <= 12 ? hour : hour + 12;
    }

    private static int to24(int hour, String meridiem) {
        if (hour < 1 || hour > 12) {
            return -1;
        }
        boolean pm = meridiem.startsWith("p");
        return hour % 12 + (pm ? 12 : 0);
    }
}
