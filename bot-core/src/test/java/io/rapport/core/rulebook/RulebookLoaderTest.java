package io.rapport.core.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.Tier;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RulebookLoaderTest {

    private static Rulebook load(String json) {
        return RulebookLoader.load(new StringReader(json), "team.json");
    }

    @Test
    void the_defaults_are_the_product_defaults() {
        Rulebook book = RulebookLoader.defaults();
        assertEquals(Duration.ofDays(2), book.reciprocate().delay());
        assertEquals(Duration.ofHours(1), book.attention().limit());
        assertEquals(2, book.attention().escalationFactor());
        assertEquals(Duration.ofDays(30), book.faceTime().of(Tier.KEY));
        assertEquals(Duration.ofDays(180), book.faceTime().of(Tier.LIGHT));
        assertEquals(Duration.ofDays(14), book.keepInTouch().of(Tier.KEY));
        assertEquals(Duration.ofDays(60), book.dates().leadTime("renewal"));
        assertEquals(Duration.ofDays(7), book.dates().leadTime("go-live"));
        assertEquals(DayOfWeek.MONDAY, book.digest().day());
        assertEquals(3, book.persistence().followUps().size());
        assertEquals(10, book.feedback().everyTouches());
        assertEquals(76, book.health().green());
    }

    @Test
    void an_override_changes_only_what_it_names() {
        Rulebook book = load("{\"rules\": {\"reciprocate\": {\"delay\": \"PT10S\"}, \"kudos\": {\"enabled\": false}}}");
        assertEquals(Duration.ofSeconds(10), book.reciprocate().delay());
        assertTrue(book.reciprocate().enabled());
        assertFalse(book.kudos().enabled());
        assertEquals(Duration.ofHours(1), book.attention().limit());
    }

    @Test
    void weeks_are_accepted_as_iso_durations() {
        assertEquals(Duration.ofDays(14), load("{\"rules\":{\"reciprocate\":{\"delay\":\"P2W\"}}}")
                .reciprocate().delay());
    }

    @Test
    void a_bad_value_names_the_field_and_shows_a_right_one() {
        var e = assertThrows(RulebookException.class,
                () -> load("{\"rules\": {\"reciprocate\": {\"delay\": \"two days\"}}}"));
        assertTrue(e.getMessage().contains("rules.reciprocate.delay must be an ISO-8601 duration, e.g. \"P2D\""),
                e.getMessage());
        assertTrue(e.getMessage().contains("team.json"));
    }

    @Test
    void every_mistake_is_reported_at_once() {
        var e = assertThrows(RulebookException.class, () -> load("{\"team\": {\"timezone\": \"Mars/Olympus\"},"
                + " \"rules\": {\"attention\": {\"enabled\": \"yes\", \"escalationFactor\": 0}},"
                + " \"health\": {\"weights\": {\"vibes\": 3}}}"));
        String m = e.getMessage();
        assertTrue(m.contains("4 problems"), m);
        assertTrue(m.contains("team.timezone must be an IANA time zone"), m);
        assertTrue(m.contains("rules.attention.enabled must be true or false"), m);
        assertTrue(m.contains("rules.attention.escalationFactor must be a whole number from 1 to 100"), m);
        assertTrue(m.contains("health.weights.vibes is not a health component"), m);
    }

    @Test
    void invalid_json_says_so() {
        var e = assertThrows(RulebookException.class, () -> load("{\"rules\": "));
        assertTrue(e.getMessage().startsWith("team.json is not valid JSON"), e.getMessage());
    }

    @Test
    void business_hours_must_be_in_order() {
        var e = assertThrows(RulebookException.class,
                () -> load("{\"team\":{\"businessHours\":{\"start\":\"18:00\",\"end\":\"09:00\"}}}"));
        assertTrue(e.getMessage().contains("start must be before end"), e.getMessage());
    }
}
