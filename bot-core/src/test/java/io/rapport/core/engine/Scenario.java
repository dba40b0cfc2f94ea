package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.message.Action;
import io.rapport.core.message.Card;
import io.rapport.core.testing.EngineHarness;
import io.rapport.core.testing.RecordingMessenger.Sent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Drives an engine through simulated time and checks, step by step, exactly what people received: each check
 * runs the scheduler and looks only at what arrived since the previous check.
 */
abstract class Scenario {
    protected EngineHarness h;
    private int seen;

    /** Moves the clock by {@code d} and delivers whatever came due. */
    protected void advance(Duration d) {
        h.clock.advance(d);
        h.tick();
    }

    /** Moves the clock to {@code instant} (ISO-8601, e.g. 2026-03-03T09:00:00Z) and delivers what came due. */
    protected void at(String instant) {
        h.clock.set(Instant.parse(instant));
        h.tick();
    }

    /** What arrived since the last check. */
    protected List<Sent> arrived() {
        h.tick();
        List<Sent> all = h.messenger.sent();
        List<Sent> fresh = all.subList(seen, all.size());
        seen = all.size();
        return List.copyOf(fresh);
    }

    protected void nothingArrives() {
        List<Sent> fresh = arrived();
        assertTrue(fresh.isEmpty(), () -> "expected nothing, got " + fresh.stream()
                .map(s -> s.to() + ": " + s.card().title()).toList());
    }

    /** Exactly one message arrived since the last check. */
    protected Sent one() {
        List<Sent> fresh = arrived();
        assertEquals(1, fresh.size(), () -> "expected one message, got " + fresh.stream()
                .map(s -> s.to() + ": " + s.card().title()).toList());
        return fresh.get(0);
    }

    /** It went to {@code to} now, titled {@code title}, and its body starts with {@code body}. */
    protected void assertNudge(Sent sent, String to, String title, String body) {
        assertEquals(to, sent.to(), "recipient");
        assertEquals(h.clock.instant(), sent.at(), "sent now");
        assertEquals(title, sent.card().title());
        assertTrue(sent.card().body().startsWith(body), () -> "body was:\n" + sent.card().body());
    }

    protected static List<String> buttons(Card card) {
        return card.actions().stream().map(Action::label).toList();
    }

    protected static String value(Card card, String label) {
        return card.actions().stream().filter(a -> a.label().equals(label)).findFirst().orElseThrow().value();
    }

    /** The nudge id a card shows in its facts. */
    protected static String nudgeId(Card card) {
        return card.facts().stream().filter(f -> f.label().equals("Nudge")).findFirst().orElseThrow().value();
    }

    protected static final List<String> TASK = List.of("Done", "Snooze 1h", "Snooze 1d", "Snooze 1w", "Reassign");
}
