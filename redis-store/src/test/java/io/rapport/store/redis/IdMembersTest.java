package io.rapport.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdMembersTest {

    @Test
    void an_engine_id_is_stored_as_its_number() {
        assertEquals("123", IdMembers.member("n123", IdMembers.NUDGE));
        assertEquals("0", IdMembers.member("p0", IdMembers.PROMISE));
        assertEquals("n123", IdMembers.id("123", IdMembers.NUDGE));
        assertEquals("p0", IdMembers.id("0", IdMembers.PROMISE));
    }

    @Test
    void every_other_id_reads_back_as_it_was() {
        for (String id : List.of("n", "n01", "p123", "n12x3", "due-c2", "123", "=n1", "=", "n1234567890123456789",
                "N12", "n-1")) {
            assertEquals(id, IdMembers.id(IdMembers.member(id, IdMembers.NUDGE), IdMembers.NUDGE), id);
        }
    }

    @Test
    void a_member_written_before_as_the_whole_id_still_reads() {
        for (String id : List.of("n123", "p5", "due-c2", "n0x4")) {
            assertEquals(id, IdMembers.id(id, IdMembers.NUDGE));
        }
    }
}
