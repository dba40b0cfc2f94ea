package io.rapport.core.time;

import static io.rapport.core.time.DueAssertions.KOLKATA;
import static io.rapport.core.time.DueAssertions.LONDON;
import static io.rapport.core.time.DueAssertions.NEW_YORK;
import static io.rapport.core.time.DueAssertions.SYDNEY;
import static io.rapport.core.time.DueAssertions.assertDue;
import static io.rapport.core.time.DueAssertions.said;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Weeks, months, quarters and calendar dates; said on Wednesday 17 June 2026 in New York by default. */
class CalendarPhrasesTest {

    private static final ZonedDateTime WEDNESDAY = said("2026-06-17T10:30", NEW_YORK);

    @ParameterizedTest(name = "\"{0}\" said mid-June is due {1}")
    @CsvSource({
        "next week, 2026-06-22T09:00-04:00",
        "early next week, 2026-06-22T09:00-04:00",
        "end of week, 2026-06-19T17:00-04:00",
        "by EOW, 2026-06-19T17:00-04:00",
        "by the end of the week, 2026-06-19T17:00-04:00",
        "this week, 2026-06-19T17:00-04:00",
        "end of next week, 2026-06-26T17:00-04:00",
        "mid next week, 2026-06-24T17:00-04:00",
        "end of month, 2026-06-30T17:00-04:00",
        "by EOM, 2026-06-30T17:00-04:00",
        "month-end, 2026-06-30T17:00-04:00",
        "by the end of the month, 2026-06-30T17:00-04:00",
        "end of next month, 2026-07-31T17:00-04:00",
        "next month, 2026-07-01T09:00-04:00",
        "starting next month, 2026-07-01T09:00-04:00",
        "EOQ, 2026-06-30T17:00-04:00",
        "by end of Q3, 2026-09-30T17:00-04:00",
        "Q1, 2027-03-31T17:00-04:00",
        "end of year, 2026-12-31T17:00-05:00",
        "the 15th, 2026-07-15T17:00-04:00",
        "by the 20th, 2026-06-20T17:00-04:00",
        "on the 1st, 2026-07-01T17:00-04:00",
        "March 3, 2027-03-03T17:00-05:00",
        "by Mar 3rd, 2027-03-03T17:00-05:00",
        "the 3rd of March, 2027-03-03T17:00-05:00",
        "3 March 2028, 2028-03-03T17:00-05:00",
        "'March 3rd, 2028', 2028-03-03T17:00-05:00",
        "July 4, 2026-07-04T17:00-04:00",
        "by mid-May, 2027-05-15T17:00-04:00",
        "end of June, 2026-06-30T17:00-04:00",
        "2026-07-01, 2026-07-01T17:00-04:00",
        "2026-07-01T09:30, 2026-07-01T09:30-04:00",
        "on 2026-07-01 at 3pm, 2026-07-01T15:00-04:00",
        "June 17, 2026-06-17T17:00-04:00",
        "by the weekend, 2026-06-19T17:00-04:00",
        "over the weekend, 2026-06-21T17:00-04:00",
        "next weekend, 2026-06-28T17:00-04:00",
        "after the weekend, 2026-06-22T09:00-04:00",
        "by the next business day, 2026-06-18T17:00-04:00",
    })
    void calendar_phrases_follow_the_conventions(String phrase, String expected) {
        assertDue(expected, phrase, WEDNESDAY);
    }

    @Test
    void next_week_said_on_sunday_means_the_next_day() {
        assertDue("2026-06-22T09:00-04:00", "next week", said("2026-06-21T20:00", NEW_YORK));
    }

    @Test
    void end_of_week_said_friday_evening_means_the_following_friday() {
        assertDue("2026-06-26T17:00-04:00", "EOW", said("2026-06-19T17:30", NEW_YORK));
    }

    @Test
    void end_of_week_said_on_friday_afternoon_is_still_today() {
        assertDue("2026-06-19T17:00-04:00", "end of the week", said("2026-06-19T16:59", NEW_YORK));
    }

    @Test
    void the_next_business_day_after_a_friday_is_monday() {
        assertDue("2026-06-22T17:00-04:00", "next business day", said("2026-06-19T11:00", NEW_YORK));
    }

    @Test
    void end_of_month_said_after_five_on_the_last_day_means_next_month_end() {
        assertDue("2026-07-31T17:00-04:00", "end of month", said("2026-06-30T17:30", NEW_YORK));
    }

    @Test
    void end_of_month_in_a_leap_february_is_the_29th() {
        assertDue("2028-02-29T17:00-05:00", "EOM", said("2028-02-10T09:00", NEW_YORK));
    }

    @Test
    void a_quarter_end_that_has_passed_means_next_year() {
        assertDue("2027-09-30T17:00-04:00", "end of Q3", said("2026-10-02T09:00", NEW_YORK));
    }

    @Test
    void the_15th_said_on_the_15th_before_five_is_today() {
        assertDue("2026-06-15T17:00-04:00", "by the 15th", said("2026-06-15T10:00", NEW_YORK));
    }

    @Test
    void the_15th_said_on_the_15th_after_five_is_next_month() {
        assertDue("2026-07-15T17:00-04:00", "on the 15th", said("2026-06-15T17:30", NEW_YORK));
    }

    @Test
    void the_31st_said_in_february_skips_to_march() {
        assertDue("2026-03-31T17:00-04:00", "by the 31st", said("2026-02-10T09:00", NEW_YORK));
    }

    @Test
    void the_31st_said_in_april_skips_to_may() {
        assertDue("2026-05-31T17:00-04:00", "the 31st", said("2026-04-05T09:00", NEW_YORK));
    }

    @Test
    void a_month_date_said_after_five_on_that_day_means_next_year() {
        assertDue("2027-06-17T17:00-04:00", "June 17", said("2026-06-17T17:30", NEW_YORK));
    }

    @Test
    void february_29_said_in_a_common_year_waits_for_the_leap_year() {
        assertDue("2028-02-29T17:00-05:00", "Feb 29", said("2026-03-01T09:00", NEW_YORK));
    }

    @Test
    void slash_dates_read_month_first_in_the_us() {
        assertDue("2026-03-04T17:00-05:00", "3/4", said("2026-01-10T09:00", NEW_YORK), "en-US");
    }

    @Test
    void slash_dates_read_day_first_in_the_uk_and_land_after_the_clocks_change() {
        assertDue("2026-04-03T17:00+01:00", "3/4", said("2026-01-10T09:00", LONDON), "en-GB");
    }

    @Test
    void slash_dates_read_day_first_in_india() {
        assertDue("2026-04-03T17:00+05:30", "on 3/4", said("2026-01-10T09:00", KOLKATA), "en-IN");
    }

    @Test
    void slash_dates_read_day_first_in_australia_while_daylight_time_lasts() {
        assertDue("2026-04-03T17:00+11:00", "by 3/4", said("2026-01-10T09:00", SYDNEY), "en-AU");
    }

    @Test
    void a_slash_date_that_has_passed_means_next_year() {
        assertDue("2027-03-04T17:00-05:00", "3/4", WEDNESDAY, "en-US");
    }

    @Test
    void a_us_slash_date_with_a_day_over_twelve_first_is_read_day_first() {
        assertDue("2026-12-25T17:00-05:00", "25/12", WEDNESDAY, "en-US");
    }

    @Test
    void a_uk_slash_date_with_a_month_that_cannot_be_is_read_month_first() {
        assertDue("2026-12-25T17:00Z", "12/25", said("2026-06-17T10:30", LONDON), "en-GB");
    }

    @Test
    void a_slash_date_with_a_year_is_that_exact_date() {
        assertDue("2027-03-04T17:00-05:00", "3/4/27", WEDNESDAY, "en-US");
    }
}
