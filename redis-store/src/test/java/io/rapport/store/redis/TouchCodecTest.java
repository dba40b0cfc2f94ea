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
}
