package io.rapport.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "1h, PT1H",
        "30m, PT30M",
        "2d, PT48H",
        "1w, PT168H",
        "2 days, PT48H",
        "3 hours, PT3H",
        "45 mins, PT45M",
        "90s, PT1M30S",
        "1h 30m, PT1H30M",
        "1h30m, PT1H30M",
        "PT1H, PT1H",
        "P1D, PT24H",
        "P1W, PT168H",
        "pt15m, PT15M",
        "' 4H ', PT4H",
    })
    void short_forms_and_iso_forms_are_read_as_elapsed_time(String text, String expected) {
        assertEquals(Optional.of(Duration.parse(expected)), Durations.parseShort(text));
    }

    @ParameterizedTest(name = "\"{0}\" is not a snooze")
    @ValueSource(strings = {"", "   ", "soon", "h", "5", "3 fortnights", "1h and a bit", "0m", "-PT1H", "P1M", "1.5h"})
    void text_that_is_not_a_positive_duration_gives_nothing(String text) {
        assertTrue(Durations.parseShort(text).isEmpty(), () -> "parsed " + text);
    }

    @Test
    void a_null_snooze_gives_nothing() {
        assertTrue(Durations.parseShort(null).isEmpty());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "PT15S, PT15S",
        "P2D, PT48H",
        "P1W, PT168H",
        "P1DT2H, PT26H",
        "P2W3D, PT408H",
        "P1WT12H, PT180H",
        "-PT5M, -PT5M",
    })
    void iso_durations_accept_day_and_week_designators(String text, String expected) {
        assertEquals(Duration.parse(expected), Durations.parseIso(text));
    }

    @Test
    void a_bad_iso_value_is_quoted_in_the_error_with_a_valid_example() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parseIso("15 minutes"));
        assertTrue(e.getMessage().contains("'15 minutes'"), e.getMessage());
        assertTrue(e.getMessage().contains("PT15S"), e.getMessage());
    }

    @Test
    void months_are_refused_with_a_reason_because_they_have_no_fixed_length() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parseIso("P1M"));
        assertTrue(e.getMessage().contains("'P1M'"), e.getMessage());
        assertTrue(e.getMessage().contains("no fixed length"), e.getMessage());
    }

    @Test
    void a_missing_iso_value_is_an_error_not_a_null_pointer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parseIso(null));
        assertTrue(e.getMessage().contains("'null'"), e.getMessage());
    }
}
