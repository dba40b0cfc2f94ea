package io.rapport.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.Direction;
import io.rapport.core.model.Person;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import io.rapport.core.port.StoreException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TouchCodecTest {
    private static final Instant AT = Instant.parse("2030-03-04T05:06:07Z");
    private static final Person DANA = new Person("U07DANA0002", "Dana Whitfield");

    @Test
    void every_kind_in_both_directions_reads_back_exactly() {
        Refs refs = new Refs(Map.of());
        for (TouchKind kind : TouchKind.values()) {
            for (Direction direction : Direction.values()) {
                Touch touch = new Touch("t1", "c1", kind, direction, DANA, AT, "a note", "channel:C1", true);
                assertEquals(touch, TouchCodec.decode(TouchCodec.encode(touch, refs), "c1", refs));
            }
        }
    }

    @Test
    void a_fraction_of_a_second_and_separators_in_the_note_survive() {
        Refs refs = new Refs(Map.of());
        Touch touch = new Touch("t1", "c1", TouchKind.MESSAGE, Direction.IN, null, AT.plusNanos(123_456_789),
                "one\u001ftwo\nthree", "command");
        assertEquals(touch, TouchCodec.decode(TouchCodec.encode(touch, refs), "c1", refs));
    }

    @Test
    void people_and_sources_are_stored_once_and_named_by_index() {
        Refs refs = new Refs(Map.of());
        String first = TouchCodec.encode(new Touch("t1", "c1", TouchKind.CALL, Direction.OUT, DANA, AT, "",
                "channel:C1"), refs);
        String second = TouchCodec.encode(new Touch("t2", "c1", TouchKind.CALL, Direction.OUT, DANA, AT, "",
                "channel:C1"), refs);

        assertEquals(Map.of("0", "pU07DANA0002\u001fDana Whitfield", "1", "schannel:C1"), refs.drainAdded());
        assertEquals(first.substring(2), second.substring(2));
        assertTrue(first.length() < 20, "compact: " + first);
    }

    @Test
    void a_touch_stored_as_json_before_the_compact_form_still_reads() {
        Touch touch = new Touch("t1", "c1", TouchKind.GIFT, Direction.IN, DANA, AT, "sent chocolates", "command");
        assertEquals(touch, TouchCodec.decode(Json.write(touch), "c1", new Refs(Map.of())));
    }

    @Test
    void an_entry_naming_a_missing_reference_is_a_storage_error() {
        Refs refs = new Refs(Map.of());
        String stored = TouchCodec.encode(new Touch("t1", "c1", TouchKind.CALL, Direction.OUT, DANA, AT, "",
                "command"), refs);
        assertThrows(StoreException.class, () -> TouchCodec.decode(stored, "c1", new Refs(Map.of())));
    }

    @Test
    void a_touch_with_an_engine_id_is_dense_and_reads_back_exactly_in_every_kind_and_direction() {
        Refs refs = new Refs(Map.of());
        for (TouchKind kind : TouchKind.values()) {
            for (Direction direction : Direction.values()) {
                for (boolean unanswered : new boolean[] {false, true}) {
                    Touch touch = new Touch("tzz9k0ymx", "c1", kind, direction, DANA, AT, "a note", "channel:C1",
                            unanswered);
                    String stored = TouchCodec.encode(touch, refs);
                    assertTrue(DenseTouch.is(stored), stored);
                    assertEquals(touch, TouchCodec.decode(stored, "c1", refs));
                }
            }
        }
    }

    @Test
    void a_dense_entry_without_text_is_14_characters_and_holds_no_unit_separator() {
        Refs refs = new Refs(Map.of());
        Touch touch = new Touch("t00000000", "c1", TouchKind.CALL, Direction.OUT, DANA, AT, "", "channel:C1");
        String stored = TouchCodec.encode(touch, refs);
        assertEquals(14, stored.length(), stored);
        assertEquals(-1, stored.indexOf('\u001f'));
        assertEquals(Map.of("0", "qU07DANA0002\u001fDana Whitfield\u001fchannel:C1"), refs.drainAdded());
        assertEquals(touch, TouchCodec.decode(stored, "c1", refs));
    }

    @Test
    void a_dense_entry_keeps_a_fraction_of_a_second_nobody_and_separators_in_the_note() {
        Refs refs = new Refs(Map.of());
        for (Instant at : new Instant[] {AT.plusNanos(123_456_789), AT.plusNanos(999_999_999), Instant.EPOCH,
            Instant.parse("2189-12-31T23:59:59.000001Z")}) {
            Touch touch = new Touch("tabcdefgh", "c1", TouchKind.MESSAGE, Direction.IN, null, at,
                    "one\u001ftwo\u001ethree\u001bfour\n.five", "command");
            String stored = TouchCodec.encode(touch, refs);
            assertTrue(DenseTouch.is(stored), stored);
            assertEquals(touch, TouchCodec.decode(stored, "c1", refs));
        }
    }

    @Test
    void a_touch_the_dense_form_cannot_hold_is_stored_positionally_and_reads_back() {
        Refs refs = new Refs(Map.of());
        for (Touch touch : List.of(
                new Touch("t1", "c1", TouchKind.CALL, Direction.OUT, DANA, AT, "short id", "command"),
                new Touch("tabcdefgl", "c1", TouchKind.CALL, Direction.OUT, DANA, AT, "l is not in the alphabet", "x"),
                new Touch("tabcdefgh", "c1", TouchKind.CALL, Direction.OUT, DANA, Instant.parse("1969-12-31T00:00:00Z"),
                        "before 1970", "command"),
                new Touch("tabcdefgh", "c1", TouchKind.CALL, Direction.OUT, DANA, Instant.parse("2200-01-01T00:00:00Z"),
                        "after 2190", "command"))) {
            String stored = TouchCodec.encode(touch, refs);
            assertTrue(stored.indexOf('\u001f') > 0, stored);
            assertEquals(touch, TouchCodec.decode(stored, "c1", refs));
        }
    }

    @Test
    void a_positional_entry_written_before_the_dense_form_still_reads() {
        Refs refs = new Refs(Map.of("0", "pU07DANA0002\u001fDana Whitfield", "1", "schannel:C1"));
        String stored = "tabcdefgh\u001fKu\u001f" + Long.toString(AT.getEpochSecond(), 36) + "\u001f0\u001f1\u001fthanks!";
        assertEquals(new Touch("tabcdefgh", "c1", TouchKind.THANKS, Direction.IN, DANA, AT, "thanks!", "channel:C1",
                true), TouchCodec.decode(stored, "c1", refs));
    }

    @Test
    void a_damaged_dense_entry_is_a_storage_error() {
        Refs refs = new Refs(Map.of());
        String stored = TouchCodec.encode(new Touch("tabcdefgh", "c1", TouchKind.CALL, Direction.OUT, DANA, AT, "",
                "command"), refs);
        for (String damaged : List.of(stored.substring(0, 10), "?" + stored.substring(1), stored + "x",
                stored.substring(0, 13) + "\u001enote")) {
            assertThrows(StoreException.class, () -> TouchCodec.decode(damaged, "c1", refs), damaged);
        }
    }
}
