package io.rapport.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TouchExcerptTest {
    private static Touch withNote(String note) {
        return new Touch("t1", "c1", TouchKind.MESSAGE, Direction.IN, Person.of("U1"), Instant.EPOCH, note,
                "channel:C1");
    }

    @Test
    void a_long_note_keeps_only_its_start_with_an_ellipsis() {
        Touch cut = withNote("word ".repeat(40)).excerpt(20);
        assertEquals("word word word word\u2026", cut.note());
    }

    @Test
    void a_short_note_is_kept_as_it_is() {
        Touch touch = withNote("short one");
        assertSame(touch, touch.excerpt(20));
    }
}
