package io.rapport.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchTest {

    @Test
    void checks_come_before_writes_and_keys_are_named_by_index_from_one() {
        Batch batch = new Batch()
                .hset("k:a", "f", "v")
                .expectNoField("k:b", "name", "x0")
                .lpushTrimmed("k:a", "json", 500, 20)
                .expectValue("k:a", "f", "v", "stale");

        assertEquals(List.of("k:a", "k:b"), batch.keys());
        assertEquals(List.of("2",
                "absent", "2", "name", "", "x0",
                "equals", "1", "f", "v", "stale",
                "hset", "1", "f", "v",
                "lpush", "1", "json", "500",
                "unnote", "1", "20", ""), batch.args());
    }

    @Test
    void a_new_batch_is_empty() {
        assertTrue(new Batch().isEmpty());
    }
}
