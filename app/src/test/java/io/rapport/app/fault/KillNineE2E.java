package io.rapport.app.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.app.RapportProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault scenario 2: one of two instances is killed with SIGKILL while it is delivering. Its claimed reminders come
 * back after their lease and the survivor delivers them; a message the dead one had posted but not yet recorded is
 * found in the channel by its key (Slack message metadata) instead of being posted again.
 */
class KillNineE2E {
    private static final Duration LEASE = Duration.ofSeconds(4);

    @TempDir
    Path dir;

    @Test
    void an_instance_killed_mid_dispatch_loses_nothing_and_doubles_nothing() throws Exception {
        int n = Reminders.count(600);
        try (Fleet fleet = Fleet.start(dir, false, LEASE)) {
            RapportProcess victim = fleet.startInstance();
            fleet.startInstance();
            List<String> keys = Reminders.plant(fleet.redis, n, Instant.now().plusSeconds(1));
            assertTrue(fleet.awaitPosted(n / 5, Duration.ofSeconds(40)), "nothing was being delivered");
            int before = fleet.slack.calls("chat.postMessage").size();
            victim.kill();
            long killed = System.nanoTime();
            boolean all = Fleet.await(Duration.ofSeconds(Math.max(50, n / 20)),
                    () -> Reminders.arrived(fleet.slack).size() >= n);
            long took = (System.nanoTime() - killed) / 1_000_000;
            Thread.sleep(LEASE.toMillis() + 1000); // a lease that came back late would re-send by now
            Reminders.Tally tally = Reminders.Tally.of(keys, Reminders.arrived(fleet.slack));
            System.out.println(tally.line("kill -9 mid-dispatch (" + fleet.redis.kind() + ", lease " + LEASE.toSeconds()
                    + " s)") + ", killed after " + before + " had arrived; the rest within " + took + " ms; "
                    + "looked up in the channel before re-posting: " + fleet.slack.calls("conversations.history").size());
            assertTrue(all, tally.line("timed out"));
            assertEquals(0, tally.lost(), tally.line("lost"));
            assertEquals(0, tally.duplicated(), tally.line("duplicated"));
        }
    }

    @Test
    void a_message_slack_accepted_just_before_the_kill_is_found_in_the_channel_not_posted_again() throws Exception {
        int n = 40;
        try (Fleet fleet = Fleet.start(dir, false, LEASE)) {
            RapportProcess victim = fleet.startInstance();
            List<String> keys = Reminders.plant(fleet.redis, n, Instant.now().plusSeconds(1));
            assertTrue(fleet.awaitPosted(5, Duration.ofSeconds(30)), "nothing was being delivered");
            // Slack posts the next message, but the victim dies before it hears the answer
            var hold = fleet.slack.holdNext("chat.postMessage");
            assertTrue(hold.awaitHeld(30), "no post to hold");
            victim.kill();
            hold.release();
            int before = fleet.slack.calls("chat.postMessage").size();
            fleet.startInstance();
            boolean all = Fleet.await(Duration.ofSeconds(40), () -> Reminders.arrived(fleet.slack).size() >= n);
            Thread.sleep(1000);
            Reminders.Tally tally = Reminders.Tally.of(keys, Reminders.arrived(fleet.slack));
            int lookups = fleet.slack.calls("conversations.history").size();
            System.out.println(tally.line("kill -9 after Slack accepted a post, before the answer (lease "
                    + LEASE.toSeconds() + " s)") + ", killed after " + before + " posts; looked up in the channel "
                    + "before re-posting: " + lookups);
            assertTrue(all, tally.line("timed out"));
            assertEquals(0, tally.lost(), tally.line("lost"));
            assertEquals(0, tally.duplicated(), tally.line("duplicated"));
            assertTrue(lookups >= 1, "the survivor re-posted without looking for the message first");
        }
    }
}
