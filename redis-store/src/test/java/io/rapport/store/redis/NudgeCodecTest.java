package io.rapport.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.Audience;
import io.rapport.core.model.Commitment;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Person;
import io.rapport.core.port.StoreException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NudgeCodecTest {
    private static final Instant AT = Instant.parse("2030-03-04T05:06:07Z");
    private static final Person ALEX = new Person("U07ALEX0001", "Alex Moreno");

    private static Nudge nudge(String key, NudgeState state, Audience audience) {
        return new Nudge("n1", "c1", "promises", key, ALEX, state, AT, AT.minusSeconds(86_400), 2, 1,
                Map.of("promise", "p1", "who", "Dana"), null, null, audience, null);
    }

    @Test
    void every_state_and_audience_reads_back_exactly() {
        for (NudgeState state : NudgeState.values()) {
            for (Audience audience : Audience.values()) {
                Nudge nudge = nudge("promises:p1", state, audience);
                assertEquals(nudge, NudgeCodec.decode("n1", NudgeCodec.encode(nudge)));
            }
        }
    }

    @Test
    void closed_expiring_workspace_wide_nudges_with_odd_text_read_back_exactly() {
        Nudge nudge = new Nudge("n2", null, "digest", ":weekly\u001f{x}", Person.of("U1"), NudgeState.DONE,
                AT.plusNanos(5), AT, 0, 0, Map.of("a\u001eb", "c\u001fd\u001be", "", ""), "U1", AT.plusSeconds(9),
                Audience.TEAM, AT.plusSeconds(99));
        assertEquals(nudge, NudgeCodec.decode("n2", NudgeCodec.encode(nudge)));
        Nudge nobody = new Nudge("n3", "c1", "r", "other", null, NudgeState.OPEN, AT, AT, 0, 0, Map.of(), null,
                null);
        assertEquals(nobody, NudgeCodec.decode("n3", NudgeCodec.encode(nobody)));
    }

    @Test
    void compact_form_is_a_third_of_the_json_and_never_looks_like_json() {
        Nudge nudge = nudge("promises:p1", NudgeState.SCHEDULED, Audience.PERSON);
        String stored = NudgeCodec.encode(nudge);
        assertTrue(stored.length() * 3 < Json.write(nudge).length(), stored);
        assertFalse(stored.startsWith("{"));
    }

    @Test
    void values_stored_as_json_before_the_compact_form_still_read() {
        Nudge nudge = nudge("promises:p1", NudgeState.OPEN, Audience.TEAM);
        assertEquals(nudge, NudgeCodec.decode("n1", Json.write(nudge)));
        Commitment promise = new Commitment("p1", "c1", ALEX, "send the deck", AT, AT, Commitment.Status.KEPT, AT);
        assertEquals(promise, CommitmentCodec.decode("p1", Json.write(promise)));
    }

    @Test
    void promises_read_back_exactly_with_or_without_owner_and_close() {
        for (Commitment.Status status : Commitment.Status.values()) {
            Commitment promise = new Commitment("p1", "c1", ALEX, "send the deck\u001fby Friday", AT,
                    AT.minusSeconds(60), status, status == Commitment.Status.OPEN ? null : AT.plusSeconds(1));
            assertEquals(promise, CommitmentCodec.decode("p1", CommitmentCodec.encode(promise)));
        }
        Commitment ownerless = new Commitment("p2", "c1", null, "", AT, AT, Commitment.Status.OPEN, null);
        assertEquals(ownerless, CommitmentCodec.decode("p2", CommitmentCodec.encode(ownerless)));
    }

    @Test
    void a_damaged_value_is_a_storage_error_naming_it() {
        StoreException e = assertThrows(StoreException.class, () -> NudgeCodec.decode("n9", "SP\u001fc1"));
        assertTrue(e.getMessage().contains("n9"), e.getMessage());
        assertThrows(StoreException.class, () -> CommitmentCodec.decode("p9", "Z\u001fc1\u001f\u001f\u001f1\u001f1"
                + "\u001f\u001ftext"));
    }
}
