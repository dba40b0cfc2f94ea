package io.rapport.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Shared helpers: references are written as local time plus zone, expectations with their offset. */
final class DueAssertions {

    static final DueParser PARSER = new DueParser();
    static final String NEW_YORK = "America/New_York";
    static final String LONDON = "Europe/London";
    static final String SYDNEY = "Australia/Sydney";
    static final String KOLKATA = "Asia/Kolkata";

    private DueAssertions() {
    }

    /** A local wall-clock time in a zone; at a fall-back overlap this is the first (daylight) instant. */
    static ZonedDateTime said(String localDateTime, String zone) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), ZoneId.of(zone));
    }

    static void assertDue(String expected, String phrase, ZonedDateTime reference) {
        assertDue(expected, phrase, reference, "en-US");
    }

    /** Compares instant and the offset shown, so a wrong DST offset fails too. */
    static void assertDue(String expected, String phrase, ZonedDateTime reference, String locale) {
        Optional<ZonedDateTime> got = PARSER.resolve(phrase, reference, locale);
        assertTrue(got.isPresent(), () -> "\"" + phrase + "\" was not resolved");
        assertEquals(OffsetDateTime.parse(expected), got.get().toOffsetDateTime(),
                () -> "\"" + phrase + "\" said at " + reference + " read as: " + PARSER.explain(phrase, locale).orElse("?"));
    }

    static void assertNotATime(String phrase, ZonedDateTime reference) {
        Optional<ZonedDateTime> got = PARSER.resolve(phrase, reference, "en-US");
        assertTrue(got.isEmpty(), () -> "\"" + phrase + "\" should not resolve but gave " + got.get()
                + " read as: " + PARSER.explain(phrase, "en-US").orElse("?"));
    }
}
