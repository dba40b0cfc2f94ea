package io.rapport.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.util.JedisClusterCRC16;

class KeysTest {

    @Test
    void every_key_of_a_workspace_hashes_to_the_slot_of_its_name() {
        Keys keys = new Keys("T0123ABC");
        List<String> all = new ArrayList<>(List.of(keys.customers(), keys.names(), keys.channels(), keys.promises(),
                keys.nudges(), keys.due(), keys.claims(), keys.nudgeKeys(), keys.active(), keys.seq()));
        all.addAll(keys.allOfCustomer("c42"));

        int slot = JedisClusterCRC16.getSlot("T0123ABC");
        all.forEach(key -> assertEquals(slot, JedisClusterCRC16.getSlot(key), key));
    }

    @Test
    void keys_are_namespaced_by_workspace() {
        assertEquals("rapport:{local}:customers", new Keys("local").customers());
        assertEquals("rapport:{local}:c:c7:touches", new Keys("local").touches("c7"));
        assertNotEquals(new Keys("a").customers(), new Keys("b").customers());
    }

    @Test
    void a_workspace_that_is_blank_or_has_braces_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new Keys(""));
        assertThrows(IllegalArgumentException.class, () -> new Keys(null));
        assertThrows(IllegalArgumentException.class, () -> new Keys("a{b"));
        assertThrows(IllegalArgumentException.class, () -> new Keys("a}b"));
    }

    @Test
    void a_customer_key_needs_a_customer_id() {
        assertThrows(IllegalArgumentException.class, () -> new Keys("local").touches(null));
    }
}
