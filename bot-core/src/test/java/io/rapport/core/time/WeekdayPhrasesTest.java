package io.rapport.core.time;

import static io.rapport.core.time.DueAssertions.KOLKATA;
import static io.rapport.core.time.DueAssertions.LONDON;
import static io.rapport.core.time.DueAssertions.NEW_YORK;
import static io.rapport.core.time.DueAssertions.assertDue;
import static io.rapport.core.time.DueAssertions.said;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Weekdays, said on Wednesday 17 June 2026 in New York unless a test says otherwise. */
class WeekdayPhrasesTest {

    private static final ZonedDateTime WEDNESDAY = said("2026-06-17T10:30", NEW_YORK);

    @ParameterizedTest(name = "\"{0}\" said on a Wednesday is due {1}")
    @CsvSource({
        "Friday, 2026-06-19T17:00-04:00",
        "by Friday, 2026-06-19T17:00-04:00",
        "on Friday, 2026-06-19T17:00-04:00",
        "this Friday, 2026-06-19T17:00-04:00",
        "by Fri, 2026-06-19T17:00-04:00",
        "thurs, 2026-06-18T17:00-04:00",
        "Monday, 2026-06-22T17:00-04:00",
        "Tues, 2026-06-23T17:00-04:00",
        "Wednesday, 2026-06-24T17:00-04:00",
        "before Sunday, 2026-06-21T17:00-04:00",
        "until Saturday, 2026-06-20T17:00-04:00",
        "next Tuesday, 2026-06-23T17:00-04:00",
        "next Friday, 2026-06-26T17:00-04:00",
        "Friday next week, 2026-06-26T17:00-04:00",
        "Thursday this week, 2026-06-18T17:00-04:00",
        "Friday morning, 2026-06-19T09:00-04:00",
        "first thing Monday, 2026-06-22T09:00-04:00",
        "first thing on Monday, 2026-06-22T09:00-04:00",
        "Monday afternoon, 2026-06-22T14:00-04:00",
        "Friday EOD, 2026-06-19T17:00-04:00",
        "COB Friday, 2026-06-19T17:00-04:00",
        "Thursday at 3pm, 2026-06-18T15:00-04:00",
        "Thu 9:30am, 2026-06-18T09:30-04:00",
        "3pm on Friday, 2026-06-19T15:00-04:00",
        "next Monday morning, 2026-06-22T09:00-04:00",
        "by Friday at the latest, 2026-06-19T17:00-04:00",
    })
    void weekday_phrases_name_the_coming_day(String phrase, String expected) {
        assertDue(expected, phrase, WEDNESDAY);
    }

    @Test
    void friday_said_on_a_friday_means_next_week() {
        assertDue("2026-06-26T17:00-04:00", "by Friday", said("2026-06-19T09:00", NEW_YORK));
    }

    @Test
    void friday_said_on_a_friday_evening_also_means_next_week() {
        assertDue("2026-06-26T17:00-04:00", "Friday", said("2026-06-19T18:00", NEW_YORK));
    }

    @Test
    void this_friday_said_on_saturday_means_the_coming_friday() {
        assertDue("2026-06-26T17:00-04:00", "this Friday", said("2026-06-20T11:00", NEW_YORK));
    }

    @Test
    void next_monday_said_on_sunday_is_the_next_day_because_iso_weeks_end_on_sunday() {
        assertDue("2026-06-22T17:00-04:00", "next Monday", said("2026-06-21T11:00", NEW_YORK));
    }

    @Test
    void next_tuesday_said_on_a_monday_is_eight_days_later() {
        assertDue("2026-06-23T17:00+05:30", "next Tuesday", said("2026-06-15T11:00", KOLKATA), "en-IN");
    }

    @Test
    void monday_said_the_friday_before_spring_forward_carries_daylight_time() {
        assertDue("2026-03-09T17:00-04:00", "Monday", said("2026-03-06T16:00", NEW_YORK));
    }

    @Test
    void monday_said_the_friday_before_the_uk_autumn_change_carries_gmt() {
        assertDue("2026-10-26T17:00Z", "by Monday", said("2026-10-23T12:00", LONDON), "en-GB");
    }
}
