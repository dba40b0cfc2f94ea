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

/** Clock times alone or with a day, and explicit zones. */
class ClockTimesTest {

    private static final ZonedDateTime WEDNESDAY = said("2026-06-17T10:30", NEW_YORK);

    @ParameterizedTest(name = "\"{0}\" said at 10:30 is due {1}")
    @CsvSource({
        "3pm, 2026-06-17T15:00-04:00",
        "by 4pm, 2026-06-17T16:00-04:00",
        "by 4 pm, 2026-06-17T16:00-04:00",
        "15:00, 2026-06-17T15:00-04:00",
        "at 15:30, 2026-06-17T15:30-04:00",
        "3:30 p.m., 2026-06-17T15:30-04:00",
        "by 3.30pm, 2026-06-17T15:30-04:00",
        "noon, 2026-06-17T12:00-04:00",
        "by midday, 2026-06-17T12:00-04:00",
        "by midnight, 2026-06-17T23:59-04:00",
        "9am, 2026-06-18T09:00-04:00",
        "10am tomorrow, 2026-06-18T10:00-04:00",
        "tomorrow at 3pm your time, 2026-06-18T15:00-04:00",
        "tonight after 10pm ET, 2026-06-17T22:00-04:00",
        "by 5pm PT, 2026-06-17T20:00-04:00",
        "Friday at 3, 2026-06-19T15:00-04:00",
        "Friday at 9, 2026-06-19T09:00-04:00",
        "3pm-ish, 2026-06-17T15:00-04:00",
        "by 10 tomorrow, 2026-06-18T10:00-04:00",
        "at 3 tomorrow, 2026-06-18T15:00-04:00",
        "by 5, 2026-06-17T17:00-04:00",
        "tomorrow by 10am, 2026-06-18T10:00-04:00",
        "by end of day tomorrow, 2026-06-18T17:00-04:00",
        "before close of business today, 2026-06-17T17:00-04:00",
    })
    void clock_times(String phrase, String expected) {
        assertDue(expected, phrase, WEDNESDAY);
    }

    @Test
    void a_time_that_has_passed_today_means_tomorrow() {
        assertDue("2026-06-18T09:00-04:00", "by 9am", WEDNESDAY);
    }

    @Test
    void a_time_in_another_zone_is_converted_to_the_teammates_zone() {
        assertDue("2026-06-17T22:00+01:00", "by 5pm ET", said("2026-06-17T10:00", LONDON), "en-GB");
    }

    @Test
    void a_weekday_with_a_gmt_time_is_shown_in_british_summer_time() {
        assertDue("2026-06-22T10:00+01:00", "by Monday 9am GMT", said("2026-06-17T10:00", LONDON), "en-GB");
    }

    @Test
    void a_zoned_time_counts_from_the_date_in_that_zone() {
        assertDue("2026-06-17T10:00+10:00", "by 5pm PT", said("2026-06-17T09:00", DueAssertions.SYDNEY), "en-AU");
    }

    @Test
    void ist_is_read_as_india_time() {
        assertDue("2026-06-17T18:00+05:30", "by 6pm IST", said("2026-06-17T10:00", KOLKATA), "en-IN");
    }

    @Test
    void a_time_inside_the_spring_forward_gap_moves_forward_by_the_gap() {
        assertDue("2026-03-08T03:30-04:00", "by 2:30am", said("2026-03-08T00:30", NEW_YORK));
    }

    @Test
    void a_time_inside_the_fall_back_overlap_is_its_first_occurrence() {
        assertDue("2026-11-01T01:30-04:00", "1:30am", said("2026-11-01T00:10", NEW_YORK));
    }
}
