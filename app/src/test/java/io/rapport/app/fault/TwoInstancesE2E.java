package io.rapport.app.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.app.RapportProcess;
import io.rapport.core.model.Person;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault scenario 1: two Rapport processes share one Redis while many reminders come due; every nudge reaches
 * Slack exactly once. 2,000 reminders in the test command; {@code -Drapport.fault.reminders=10000} for the full run.
 * The same for Teams: 300 reminders for 100 people, each of whom talked to one of the two instances.
 */
class TwoInstancesE2E {
    @TempDir
    Path dir;

    @Test
    void two_instances_on_one_redis_deliver_every_due_reminder_exactly_once() throws Exception {
        int n = Reminders.count(2000);
        try (Fleet fleet = Fleet.start(dir, false, Duration.ofMinutes(2))) {
            fleet.startInstance();
            fleet.startInstance();
            long t0 = System.nanoTime();
            List<String> keys = Reminders.plant(fleet.redis, n, Instant.now().plusSeconds(1));
            boolean all = fleet.awaitPosted(n, Duration.ofSeconds(Math.max(50, n / 20)));
            long took = (System.nanoTime() - t0) / 1_000_000;
            Thread.sleep(1500); // a late duplicate would show up here
            System.out.println("[fault] Slack calls by method: " + fleet.slack.calls().stream().collect(
                    java.util.stream.Collectors.groupingBy(c -> c.method(), java.util.stream.Collectors.counting())));
            Reminders.Tally tally = Reminders.Tally.of(keys, Reminders.arrived(fleet.slack));
            System.out.println(tally.line("two instances, one Redis (" + fleet.redis.kind() + ")")
                    + ", all arrived within " + took + " ms; delivered per instance " + fleet.deliveredPerInstance());
            assertTrue(all, tally.line("timed out"));
            assertEquals(0, tally.lost(), tally.line("lost"));
            assertEquals(0, tally.duplicated(), tally.line("duplicated"));
            assertEquals(0, tally.unexpected(), tally.line("unexpected"));
            // both took part: neither the claim nor the lease serialises the fleet behind one instance
            assertTrue(fleet.deliveredPerInstance().stream().allMatch(d -> d > 0), fleet.deliveredPerInstance().toString());
        }
    }

    @Test
    void two_instances_on_one_redis_deliver_every_due_teams_nudge_exactly_once() throws Exception {
        int people = Integer.getInteger("rapport.fault.teamsPeople", 100);
        int n = people * 3;
        try (Fleet fleet = Fleet.start(dir, false, Duration.ofMinutes(2))) {
            List<RapportProcess> both = List.of(fleet.startInstance(), fleet.startInstance());
            // each teammate has talked to one of the instances once, so either can reach them
            for (int i = 0; i < people; i++) {
                assertEquals(2, fleet.teamsSays(both.get(i % 2), "29:p" + i, "help").statusCode() / 100);
            }
            assertTrue(Fleet.await(Duration.ofSeconds(30), () -> fleet.connector.delivered().size() >= people),
                    "the answers to help did not all arrive");
            long t0 = System.nanoTime();
            List<String> keys = Reminders.plant(fleet.redis, Fleet.TEAMS_WORKSPACE, "t", n,
                    Instant.now().plusSeconds(1), Duration.ZERO, i -> new Person("29:p" + i % people, "P" + i % people));
            boolean all = Fleet.await(Duration.ofSeconds(Math.max(50, n / 20)),
                    () -> Reminders.arrived(fleet.connector.delivered()).keySet().containsAll(keys));
            long took = (System.nanoTime() - t0) / 1_000_000;
            Thread.sleep(1500); // a late duplicate would show up here
            Reminders.Tally tally = Reminders.Tally.of(keys, Reminders.arrived(fleet.connector.delivered()));
            System.out.println(tally.line("two instances, one Redis, Teams (" + fleet.redis.kind() + ", " + people
                    + " people)") + ", all arrived within " + took + " ms; delivered per instance "
                    + fleet.deliveredPerInstance());
            assertTrue(all, tally.line("timed out"));
            assertEquals(0, tally.lost(), tally.line("lost"));
            assertEquals(0, tally.duplicated(), tally.line("duplicated"));
            assertEquals(0, tally.unexpected(), tally.line("unexpected"));
            assertTrue(fleet.deliveredPerInstance().stream().allMatch(d -> d > 0), fleet.deliveredPerInstance().toString());
        }
    }
}
