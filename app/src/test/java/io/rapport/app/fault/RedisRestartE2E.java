package io.rapport.app.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.app.RapportProcess;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Touch;
import io.rapport.store.redis.RedisStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.RedisClient;

/**
 * Fault scenario 3: Redis is killed (SIGKILL, AOF every second) and started again while Slack events and commands
 * keep arriving. Every event Rapport acknowledged (or that Slack retried until it was) is a touch afterwards; every
 * promise it confirmed is still there with its reminder.
 */
class RedisRestartE2E {
    @TempDir
    Path dir;

    @Test
    void a_redis_restart_under_traffic_loses_no_acknowledged_touch_promise_or_reminder() throws Exception {
        int rounds = Integer.getInteger("rapport.fault.rounds", 60);
        try (Fleet fleet = Fleet.start(dir, true, Duration.ofMinutes(2))) {
            RapportProcess rapport = fleet.startInstance();
            assertTrue(RedisOutageE2E.command(fleet, rapport, "C999", "add Acme tier key owner <@U1|alex>")
                    .contains("Added Acme"));
            RedisOutageE2E.command(fleet, rapport, "C111", "link acme");
            List<byte[]> refused = new ArrayList<>();
            int eventsAcked = 0;
            int promisesAcked = 0;
            int commandsRefused = 0;
            for (int i = 0; i < rounds; i++) {
                if (i == rounds / 3) {
                    fleet.redis.kill();
                }
                if (i == rounds / 3 + 10) {
                    fleet.redis.start();
                }
                byte[] event = Payloads.customerMessage("EvR" + i, "C111", "Thanks for the update number " + i);
                if (fleet.slackPost(rapport, event, "application/json", 0).statusCode() == 200) {
                    eventsAcked++;
                } else {
                    refused.add(event);
                }
                HttpResponse<String> r = RedisOutageE2E.commandResponse(fleet, rapport, "C999",
                        "promise acme send the report " + i + " by tomorrow");
                if (r.statusCode() == 200 && r.body().contains("Promise recorded")) {
                    promisesAcked++;
                } else {
                    commandsRefused++;
                }
                Thread.sleep(50);
            }
            // Slack retries what was not acknowledged
            int retried = 0;
            for (byte[] event : refused) {
                for (int attempt = 1; attempt <= 3; attempt++) {
                    if (fleet.slackPost(rapport, event, "application/json", attempt).statusCode() == 200) {
                        retried++;
                        break;
                    }
                    Thread.sleep(1000);
                }
            }
            int expectedTouches = eventsAcked + retried;
            Fleet.await(Duration.ofSeconds(20), () -> count(fleet)[0] >= expectedTouches);
            Thread.sleep(1000);
            int[] kept = count(fleet);
            System.out.printf("[fault] Redis killed and restarted under traffic (%s): %d events sent, %d acknowledged "
                            + "at once, %d refused then acknowledged on Slack's retry; touches kept %d (lost %d, "
                            + "duplicated %d); %d promises confirmed (%d commands told to try again), kept %d with %d "
                            + "reminders (lost %d)%n",
                    fleet.redis.kind(), rounds, eventsAcked, retried, kept[0], Math.max(0, expectedTouches - kept[0]),
                    Math.max(0, kept[0] - expectedTouches), promisesAcked, commandsRefused, kept[1], kept[2],
                    Math.max(0, promisesAcked - kept[1]));
            assertEquals(refused.size(), retried, "a retried event was never acknowledged");
            assertEquals(expectedTouches, kept[0], "touches");
            assertTrue(kept[1] >= promisesAcked, "promises: confirmed " + promisesAcked + ", kept " + kept[1]);
            assertTrue(kept[2] >= promisesAcked, "reminders: confirmed " + promisesAcked + ", kept " + kept[2]);
            assertTrue(fleet.redis.kind().contains("AOF on"));
        }
    }

    /** Touches by the customer, promises, and active promise reminders now in Redis. */
    private static int[] count(Fleet fleet) {
        try (RedisClient client = fleet.redis.client()) {
            RedisStore store = new RedisStore(client);
            Customer c = store.customers(Fleet.WORKSPACE).get(0);
            List<Touch> touches = store.touches(Fleet.WORKSPACE, c.id(), 500);
            List<Nudge> nudges = store.activeNudges(Fleet.WORKSPACE, c.id());
            return new int[] {(int) touches.stream().filter(t -> t.who() != null && "W222".equals(t.who().id())).count(),
                    store.commitments(Fleet.WORKSPACE, c.id()).size(),
                    (int) nudges.stream().filter(n -> n.rule().equals("promises")).count()};
        } catch (RuntimeException e) {
            return new int[] {-1, -1, -1};
        }
    }
}
