package io.rapport.core.time;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words the due-date grammar knows, lower-cased. */
final class Lexicon {

    /** Conventional slots from the team's conventions: deadlines default to end of business. */
    static final LocalTime END_OF_BUSINESS = LocalTime.of(17, 0);
    static final LocalTime MORNING = LocalTime.of(9, 0);
    static final LocalTime NOON = LocalTime.of(12, 0);
    static final LocalTime AFTERNOON = LocalTime.of(14, 0);
    static final LocalTime EVENING = LocalTime.of(20, 0);
    /** "Midnight" and "today" late in the day mean the end of the day, not the start of the next one. */
    static final LocalTime LAST_MINUTE = LocalTime.of(23, 59);

    static final String[] END_OF_DAY = {
        "eod", "cob", "eob", "cop", "end of day", "end of the day", "end of business", "end of business day",
        "end of the business day", "end of the working day", "close of business", "close of play", "end of play",
        "the end of the day", "the end of day", "the end of business", "the end of the business day",
        "the close of business", "the close of play",
    };

    static final Set<String> TOMORROW = Set.of(
            "tomorrow", "tmrw", "tmr", "tmrow", "tmw", "tomorow", "tommorow", "tommorrow", "tomorrw", "2morrow",
            "2moro", "tomoz");

    /** Abbreviations that are also ordinary words ("sat down", "the sun"); they need an anchor in free text. */
    static final Set<String> AMBIGUOUS_WEEKDAYS = Set.of("sat", "sun", "wed", "mon");

    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Map<String, Integer> NUMBERS = new HashMap<>();
    private static final Map<String, ZoneId> ZONES = new HashMap<>();

    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,2})(st|nd|rd|th)");

    static {
        for (DayOfWeek d : DayOfWeek.values()) {
            String full = d.name().toLowerCase();
            WEEKDAYS.put(full, d);
            WEEKDAYS.put(full.substring(0, 3), d);
        }
        WEEKDAYS.put("tues", DayOfWeek.TUESDAY);
        WEEKDAYS.put("weds", DayOfWeek.WEDNESDAY);
        WEEKDAYS.put("thur", DayOfWeek.THURSDAY);
        WEEKDAYS.put("thurs", DayOfWeek.THURSDAY);

        for (Month m : Month.values()) {
            String full = m.name().toLowerCase();
            MONTHS.put(full, m);
            MONTHS.put(full.substring(0, 3), m);
        }
        MONTHS.put("sept", Month.SEPTEMBER);

        String[] words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve"};
        for (int i = 0; i < words.length; i++) {
            NUMBERS.put(words[i], i);
        }
        NUMBERS.put("fifteen", 15);
        NUMBERS.put("twenty", 20);
        NUMBERS.put("thirty", 30);
        NUMBERS.put("forty", 40);
        NUMBERS.put("fifty", 50);
        NUMBERS.put("sixty", 60);
        NUMBERS.put("ninety", 90);

        // Abbreviations people type after a time. IST is read as India (the en-IN teams), CST as US Central.
        zone("America/New_York", "et", "est", "edt", "eastern");
        zone("America/Chicago", "ct", "cst", "cdt", "central");
        zone("America/Denver", "mt", "mst", "mdt", "mountain");
        zone("America/Los_Angeles", "pt", "pst", "pdt", "pacific");
        zone("UTC", "utc", "gmt");
        zone("Europe/London", "bst", "uk", "london");
        zone("Europe/Paris", "cet", "cest");
        zone("Asia/Kolkata", "ist");
        zone("Asia/Singapore", "sgt");
        zone("Asia/Tokyo", "jst");
        zone("Australia/Sydney", "aest", "aedt", "aet", "sydney");
    }

    private Lexicon() {
    }

    private static void zone(String id, String... names) {
        for (String n : names) {
            ZONES.put(n, ZoneId.of(id));
        }
    }

    static DayOfWeek weekday(String norm) {
        return WEEKDAYS.get(norm);
    }

    static Month month(String norm) {
        return MONTHS.get(norm);
    }

    /** A small cardinal written as a word ("two", "thirty"), or null. */
    static Integer numberWord(String norm) {
        return NUMBERS.get(norm);
    }

    static ZoneId zone(String norm) {
        return ZONES.get(norm);
    }

    /** The day number of "15th", "3rd", "1st", or null. */
    static Integer ordinal(String norm) {
        Matcher m = ORDINAL.matcher(norm);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }
}
