package io.rapport.core.time;

import static io.rapport.core.time.DueAssertions.LONDON;
import static io.rapport.core.time.DueAssertions.NEW_YORK;
import static io.rapport.core.time.DueAssertions.SYDNEY;
import static io.rapport.core.time.DueAssertions.assertDue;
import static io.rapport.core.time.DueAssertions.said;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "in N units": hours are elapsed time, days keep the wall clock, especially across DST changes. */
class RelativeAmountsTest {

    private static final ZonedDateTime WEDNESDAY = said("2026-06-17T10:30", NEW_YORK);

    @ParameterizedTest(name = "\"{0}\" from 10:30 is due {1}")
    @CsvSource({
        "in 3 hours, 2026-06-17T13:30-04:00",
        "in 45 minutes, 2026-06-17T11:15-04:00",
        "in 30 mins, 2026-06-17T11:00-04:00",
        "within 2 hrs, 2026-06-17T12:30-04:00",
        "within 24h, 2026-06-18T10:30-04:00",
        "within the hour, 2026-06-17T11:30-04:00",
        "in half an hour, 2026-06-17T11:00-04:00",
        "in an hour and a half, 2026-06-17T12:00-04:00",
        "in 1.5 hours, 2026-06-17T12:00-04:00",
        "in the next two hours, 2026-06-17T12:30-04:00",
        "every 30 minutes, 2026-06-17T11:00-04:00",
        "in 2 days, 2026-06-19T10:30-04:00",
        "in a couple of days, 2026-06-19T10:30-04:00",
        "in a couple days, 2026-06-19T10:30-04:00",
        "in a few days, 2026-06-20T10:30-04:00",
        "within 3 days, 2026-06-20T10:30-04:00",
        "3 days from now, 2026-06-20T10:30-04:00",
        "in 2 days' time, 2026-06-19T10:30-04:00",
        "in a week, 2026-06-24T10:30-04:00",
        "in 2 weeks, 2026-07-01T10:30-04:00",
        "in a fortnight, 2026-07-01T10:30-04:00",
        "in a month, 2026-07-17T10:30-04:00",
        "this time tomorrow, 2026-06-18T10:30-04:00",
        "within 2 business days, 2026-06-19T10:30-04:00",
        "in 5 working days, 2026-06-24T10:30-04:00",
        "in 2-3 days, 2026-06-20T10:30-04:00",
        "in two or three days, 2026-06-20T10:30-04:00",
        "within 24 to 48 hours, 2026-06-19T10:30-04:00",
        "in a couple of hours, 2026-06-17T12:30-04:00",
        "in a day or two, 2026-06-19T10:30-04:00",
    })
    void amounts_from_now(String phrase, String expected) {
        assertDue(expected, phrase, WEDNESDAY);
    }

    @Test
    void business_days_skip_the_weekend() {
        assertDue("2026-06-22T10:00-04:00", "within 2 business days", said("2026-06-18T10:00", NEW_YORK));
    }

    @Test
    void a_month_from_the_last_day_of_a_long_month_lands_on_the_last_day_of_the_short_one() {
        assertDue("2027-02-28T09:00-05:00", "in 3 months", said("2026-11-30T09:00", NEW_YORK));
    }

    @Test
    void one_hour_before_the_spring_forward_gap_lands_at_half_past_three() {
        assertDue("2026-03-08T03:30-04:00", "in 1 hour", said("2026-03-08T01:30", NEW_YORK));
    }

    @Test
    void three_hours_across_spring_forward_moves_the_wall_clock_four_hours() {
        assertDue("2026-03-08T04:30-04:00", "in 3 hours", said("2026-03-08T00:30", NEW_YORK));
    }

    @Test
    void two_hours_across_fall_back_lands_in_the_repeated_hour_on_standard_time() {
        assertDue("2026-11-01T01:30-05:00", "in 2 hours", said("2026-11-01T00:30", NEW_YORK));
    }

    @Test
    void one_hour_before_fall_back_lands_in_the_first_repeated_hour() {
        assertDue("2026-11-01T01:30-04:00", "in 1 hour", said("2026-11-01T00:30", NEW_YORK));
    }

    @Test
    void hours_across_the_london_spring_change_are_elapsed_time() {
        assertDue("2026-03-29T03:30+01:00", "in 2 hours", said("2026-03-29T00:30", LONDON), "en-GB");
    }

    @Test
    void twenty_four_hours_across_the_sydney_autumn_change_is_an_hour_earlier_on_the_clock() {
        assertDue("2026-04-05T09:00+10:00", "within 24 hours", said("2026-04-04T10:00", SYDNEY), "en-AU");
    }

    @Test
    void days_across_spring_forward_keep_the_wall_clock() {
        assertDue("2026-03-09T10:00-04:00", "in 2 days", said("2026-03-07T10:00", NEW_YORK));
    }

    @Test
    void days_across_the_sydney_spring_change_keep_the_wall_clock() {
        assertDue("2026-10-05T10:00+11:00", "in 2 days", said("2026-10-03T10:00", SYDNEY), "en-AU");
    }

    @Test
    void a_day_later_inside_the_spring_forward_gap_moves_forward_by_the_gap() {
        assertDue("2026-03-08T03:30-04:00", "in a day", said("2026-03-07T02:30", NEW_YORK));
    }

    @Test
    void a_day_later_inside_the_fall_back_overlap_takes_the_daylight_occurrence() {
        assertDue("2026-11-01T01:30-04:00", "in 1 day", said("2026-10-31T01:30", NEW_YORK));
    }

    @Test
    void a_week_across_the_uk_autumn_change_keeps_the_wall_clock() {
        assertDue("2026-10-28T12:00Z", "in a week", said("2026-10-21T12:00", LONDON), "en-GB");
    }
}
