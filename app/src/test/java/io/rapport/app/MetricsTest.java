package io.rapport.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void an_inbox_shows_its_backlog_and_dead_letters_as_they_are_at_each_scrape() {
        Metrics metrics = new Metrics();
        AtomicLong waiting = new AtomicLong(3);
        metrics.inbox("slack", waiting::get, () -> 1);
        collectGarbage();
        String first = metrics.scrape();
        assertTrue(first.contains("rapport_inbox_backlog{platform=\"slack\"} 3.0"), first);
        assertTrue(first.contains("rapport_inbox_dead_letters{platform=\"slack\"} 1.0"), first);
        waiting.set(0);
        assertTrue(metrics.scrape().contains("rapport_inbox_backlog{platform=\"slack\"} 0.0"));
    }

    /** Nothing else holds the suppliers: a gauge that held them weakly would read NaN after this. */
    private static void collectGarbage() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    @Test
    void an_unreachable_inbox_reads_nan_and_the_page_is_still_served() {
        Metrics metrics = new Metrics();
        metrics.inbox("teams", () -> {
            throw new IllegalStateException("Redis is unreachable");
        }, () -> 0);
        String page = metrics.scrape();
        assertTrue(page.contains("rapport_inbox_backlog{platform=\"teams\"} NaN"), page);
        assertTrue(page.contains("jvm_memory_used_bytes"), "the rest of the page");
    }
}
