package io.rapport.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private final BusinessHours utc = new BusinessHours(ZoneId.of("UTC"), WEEKDAYS, LocalTime.of(9, 0),
            LocalTime.of(17, 0));

    private static Instant t(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void time_within_a_working_day_adds_up_plainly() {
        assertEquals(t("2026-03-02T11:00:00Z"), utc.plus(t("2026-03-02T10:00:00Z"), Duration.ofHours(1)));
        assertEquals(Duration.ofMinutes(47), utc.between(t("2026-03-02T10:00:00Z"), t("2026-03-02T10:47:00Z")));
    }

    @Test
    void the_evening_and_the_weekend_do_not_count() {
        assertEquals(t("2026-03-03T09:30:00Z"), utc.plus(t("2026-03-02T16:30:00Z"), Duration.ofHours(1)));
        assertEquals(t("2026-03-09T09:30:00Z"), utc.plus(t("2026-03-06T16:30:00Z"), Duration.ofHours(1)));
        assertEquals(t("2026-03-09T10:00:00Z"), utc.plus(t("2026-03-07T12:00:00Z"), Duration.ofHours(1)));
        assertEquals(Duration.ofHours(1), utc.between(t("2026-03-06T16:30:00Z"), t("2026-03-09T09:30:00Z")));
        assertEquals(t("2026-03-03T11:00:00Z"), utc.plus(t("2026-03-02T09:00:00Z"), Duration.ofHours(10)));
    }

    @Test
    void the_closing_minute_is_open_and_the_next_is_not() {
        assertTrue(utc.isOpen(t("2026-03-02T17:00:00Z")));
        assertFalse(utc.isOpen(t("2026-03-02T17:01:00Z")));
        assertEquals(t("2026-03-03T09:00:00Z"), utc.nextOpen(t("2026-03-02T17:01:00Z")));
        assertEquals(t("2026-03-09T09:00:00Z"), utc.nextOpen(t("2026-03-07T08:00:00Z")));
        assertEquals(t("2026-03-02T17:00:00Z"), utc.plus(t("2026-03-02T16:00:00Z"), Duration.ofHours(1)));
    }

    @Test
    void a_teammates_hours_are_read_in_their_own_zone() {
        BusinessHours tokyo = utc.in(ZoneId.of("Asia/Tokyo"));
        assertFalse(tokyo.isOpen(t("2026-03-02T10:00:00Z"))); // 19:00 in Tokyo
        assertEquals(t("2026-03-03T00:00:00Z"), tokyo.nextOpen(t("2026-03-02T10:00:00Z")));
    }

    @Test
    void the_working_day_keeps_its_wall_clock_across_a_daylight_saving_change() {
        BusinessHours london = utc.in(ZoneId.of("Europe/London")); // clocks go forward on Sunday 29 March 2026
        assertEquals(t("2026-03-30T09:00:00Z"), london.plus(t("2026-03-27T16:00:00Z"), Duration.ofHours(2)));
    }

    @Test
    void with_no_working_days_every_moment_counts() {
        BusinessHours always = new BusinessHours(ZoneId.of("UTC"), Set.of(), LocalTime.of(9, 0), LocalTime.of(17, 0));
        assertEquals(t("2026-03-08T03:00:00Z"), always.plus(t("2026-03-08T02:00:00Z"), Duration.ofHours(1)));
        assertTrue(always.isOpen(t("2026-03-08T02:00:00Z")));
    }
}
