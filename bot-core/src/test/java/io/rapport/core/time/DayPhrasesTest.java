package io.rapport.core.time;

import static io.rapport.core.time.DueAssertions.NEW_YORK;
import static io.rapport.core.time.DueAssertions.SYDNEY;
import static io.rapport.core.time.DueAssertions.assertDue;
import static io.rapport.core.time.DueAssertions.assertNotATime;
import static io.rapport.core.time.DueAssertions.said;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Today, tonight, EOD and tomorrow, said on Wednesday 17 June 2026 in New York (EDT, -04:00). */
class DayPhrasesTest {

    private static final ZonedDateTime WEDNESDAY_MORNING = said("2026-06-17T10:30", NEW_YORK);

    @ParameterizedTest(name = "\"{0}\" said mid-morning is due {1}")
    @CsvSource({
        "EOD, 2026-06-17T17:00-04:00",
        "by EOD, 2026-06-17T17:00-04:00",
        "COB, 2026-06-17T17:00-04:00",
        "end of day, 2026-06-17T17:00-04:00",
        "by close of business, 2026-06-17T17:00-04:00",
        "today, 2026-06-17T17:00-04:00",
        "later today, 2026-06-17T17:00-04:00",
        "tomorrow, 2026-06-18T17:00-04:00",
        "by tmrw, 2026-06-18T17:00-04:00",
        "tomorrow EOD, 2026-06-18T17:00-04:00",
        "by tomorrow EOD, 2026-06-18T17:00-04:00",
        "tomorrow morning, 2026-06-18T09:00-04:00",
        "first thing tomorrow, 2026-06-18T09:00-04:00",
        "tomorrow afternoon, 2026-06-18T14:00-04:00",
        "noon tomorrow, 2026-06-18T12:00-04:00",
        "tomorrow at noon, 2026-06-18T12:00-04:00",
        "by noon, 2026-06-17T12:00-04:00",
        "tomorrow at 11, 2026-06-18T11:00-04:00",
        "tomorrow at 3, 2026-06-18T15:00-04:00",
        "the day after tomorrow, 2026-06-19T17:00-04:00",
        "this afternoon, 2026-06-17T14:00-04:00",
        "tonight, 2026-06-17T20:00-04:00",
        "tonight at 10, 2026-06-17T22:00-04:00",
        "first thing in the morning, 2026-06-18T09:00-04:00",
        "this morning, 2026-06-17T12:00-04:00",
    })
    void day_phrases_follow_the_conventional_slots(String phrase, String expected) {
        assertDue(expected, phrase, WEDNESDAY_MORNING);
    }

    @Test
    void eod_said_after_five_means_tomorrow_at_five() {
        assertDue("2026-06-18T17:00-04:00", "EOD", said("2026-06-17T18:30", NEW_YORK));
    }

    @Test
    void eod_said_at_exactly_five_already_means_tomorrow() {
        assertDue("2026-06-18T17:00-04:00", "COB", said("2026-06-17T17:00", NEW_YORK));
    }

    @Test
    void eod_today_said_in_the_evening_follows_the_eod_rule() {
        assertDue("2026-06-18T17:00-04:00", "by EOD today", said("2026-06-17T19:00", NEW_YORK));
    }

    @Test
    void this_afternoon_said_during_the_afternoon_means_five() {
        assertDue("2026-06-17T17:00-04:00", "this afternoon", said("2026-06-17T15:10", NEW_YORK));
    }

    @Test
    void this_afternoon_said_after_five_moves_to_tomorrow_afternoon() {
        assertDue("2026-06-18T14:00-04:00", "this afternoon", said("2026-06-17T17:30", NEW_YORK));
    }

    @Test
    void this_arvo_is_the_australian_afternoon() {
        assertDue("2026-06-17T14:00+10:00", "this arvo", said("2026-06-17T11:00", SYDNEY), "en-AU");
    }

    @Test
    void today_said_after_five_means_the_end_of_today_not_tomorrow() {
        assertDue("2026-06-17T23:59-04:00", "today", said("2026-06-17T18:30", NEW_YORK));
    }

    @Test
    void tonight_said_late_in_the_evening_means_the_end_of_today() {
        assertDue("2026-06-17T23:59-04:00", "tonight", said("2026-06-17T21:15", NEW_YORK));
    }

    @Test
    void noon_said_after_noon_means_tomorrow_noon() {
        assertDue("2026-06-18T12:00-04:00", "by noon", said("2026-06-17T13:00", NEW_YORK));
    }

    @Test
    void in_the_morning_said_before_nine_means_this_morning() {
        assertDue("2026-06-17T09:00-04:00", "in the morning", said("2026-06-17T07:15", NEW_YORK));
    }

    @Test
    void tomorrow_said_on_new_years_eve_rolls_into_the_new_year() {
        assertDue("2027-01-01T17:00-05:00", "tomorrow", said("2026-12-31T09:00", NEW_YORK));
    }

    @Test
    void tomorrow_morning_after_the_spring_forward_night_carries_the_new_offset() {
        assertDue("2026-03-08T09:00-04:00", "tomorrow morning", said("2026-03-07T16:00", NEW_YORK));
    }

    @ParameterizedTest(name = "\"{0}\" is not a due time")
    @ValueSource(strings = {"asap", "ASAP", "as soon as possible", "soon", "shortly", "when possible", "in a bit",
        "in a sec", "in a minute", "once the certificate is renewed", "in the next release", "", "   ", "!",
        "this sprint", "promise", "2 hours", "whenever", "the 32nd", "Feb 30", "13/13", "at 25:00", "Friday Friday"})
    void vague_or_malformed_phrases_are_not_times(String phrase) {
        assertNotATime(phrase, WEDNESDAY_MORNING);
    }

    @Test
    void a_null_phrase_is_not_a_time() {
        assertNotATime(null, WEDNESDAY_MORNING);
    }
}
