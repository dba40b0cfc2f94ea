package io.rapport.core.engine;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as people type them for {@code date}: {@code 2027-03-31}, {@code March 31},
 * {@code 31 Mar 2027}. Without a year, the next occurrence from today (today included).
 */
final class DateText {
    private static final Pattern MONTH_FIRST =
            Pattern.compile("([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?");
    private static final Pattern DAY_FIRST =
            Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?(?:,?\\s+(\\d{4}))?");

    private DateText() {
    }

    static Optional<LocalDate> parse(String text, LocalDate today) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(t));
            }
            Matcher m = MONTH_FIRST.matcher(t);
            if (m.matches()) {
                return build(m.group(1), m.group(2), m.group(3), today);
            }
            m = DAY_FIRST.matcher(t);
            if (m.matches()) {
                return build(m.group(2), m.group(1), m.group(3), today);
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> build(String monthText, String dayText, String yearText, LocalDate today) {
        Optional<Month> month = month(monthText);
        if (month.isEmpty()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(dayText);
        if (yearText != null) {
            return Optional.of(LocalDate.of(Integer.parseInt(yearText), month.get(), day));
        }
        MonthDay md = MonthDay.of(month.get(), day);
        LocalDate thisYear = md.atYear(today.getYear());
        return Optional.of(thisYear.isBefore(today) ? md.atYear(today.getYear() + 1) : thisYear);
    }

    private static Optional<Month> month(String text) {
        for (Month m : Month.values()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            if (name.equals(text) || text.length() >= 3 && name.startsWith(text)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
