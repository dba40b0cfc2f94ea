package io.rapport.slack.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rapport.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Slack's pace per channel, and the holds a 429 puts on a channel or on a method without one. */
class PacerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-17T10:00:00Z"));
    private final Pacer pacer = new Pacer(clock, 1.0, 3);

    @Test
    void a_channel_gets_its_burst_then_one_message_a_second() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, pacer.reserve("C1"));
        }
        assertEquals(Duration.ofSeconds(1), pacer.reserve("C1"));
        assertEquals(Duration.ZERO, pacer.reserve("C2"), "another channel has its own pace");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Duration.ZERO, pacer.reserve("C1"));
    }

    @Test
    void a_429_without_a_channel_holds_that_method_in_that_workspace_for_every_caller() {
        assertEquals(Duration.ZERO, pacer.held("T1", "conversations.open"));
        pacer.hold("T1", "conversations.open", Duration.ofSeconds(2));
        assertEquals(Duration.ofSeconds(2), pacer.held("T1", "conversations.open"));
        assertEquals(Duration.ZERO, pacer.held("T2", "conversations.open"), "another workspace is not held");
        assertEquals(Duration.ZERO, pacer.held("T1", "users.info"), "another method is not held");
        pacer.hold("T1", "conversations.open", Duration.ofSeconds(1));
        clock.advance(Duration.ofMillis(1500));
        assertEquals(Duration.ofMillis(500), pacer.held("T1", "conversations.open"), "a shorter hold never shortens one");
        clock.advance(Duration.ofMillis(500));
        assertEquals(Duration.ZERO, pacer.held("T1", "conversations.open"));
    }
}
