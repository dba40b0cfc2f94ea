package io.rapport.app.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.app.RapportProcess;
import io.rapport.core.model.Customer;
import io.rapport.store.redis.RedisStore;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.RedisClient;

/**
 * Fault scenario 4: Redis stops answering for a while under a running instance. Meanwhile /ready is 503, a Slack
 * event gets a 5xx (so Slack retries it), a slash command says to try again, Teams gets an error status. After
 * Redis returns, by itself, the instance is ready again and Slack's retries of the event make exactly one touch.
 */
class RedisOutageE2E {
    static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("rapport.fault.outageSeconds", 6));

    @TempDir
    Path dir;

    @Test
    void while_redis_is_down_every_surface_says_retry_and_after_it_returns_nothing_is_lost_or_doubled() throws Exception {
        try (Fleet fleet = Fleet.start(dir, true, Duration.ofMinutes(2))) {
            RapportProcess rapport = fleet.startInstance();
            assertTrue(command(fleet, rapport, "C999", "add Acme tier key owner <@U1|alex>").contains("Added Acme"));
            assertTrue(command(fleet, rapport, "C111", "link acme").contains("Linked"));

            fleet.redis.kill();
            long down = System.nanoTime();
            assertTrue(Fleet.await(Duration.ofSeconds(10), () -> status(rapport, "/ready") == 503), "ready stayed 200");
            byte[] event = Payloads.customerMessage("EvOUTAGE1", "C111", "Thanks a lot for the quick fix!");
            int firstTry = fleet.slackPost(rapport, event, "application/json", 0).statusCode();
            HttpResponse<String> cmd = commandResponse(fleet, rapport, "C999", "log acme call out");
            int teams = fleet.post(rapport, "/api/messages", "application/json", Payloads.teamsMessage("mine"))
                    .statusCode();
            long left = OUTAGE.toMillis() - (System.nanoTime() - down) / 1_000_000;
            Thread.sleep(Math.max(0, left));
            fleet.redis.start();
            long up = System.nanoTime();
            boolean ready = Fleet.await(Duration.ofSeconds(20), () -> status(rapport, "/ready") == 200);
            long recovered = (System.nanoTime() - up) / 1_000_000;
            // Slack retries a failed event: about now, +1 min, +5 min; the harness replays two retries at once
            int retry1 = fleet.slackPost(rapport, event, "application/json", 1).statusCode();
            int retry2 = fleet.slackPost(rapport, event, "application/json", 2).statusCode();
            boolean touched = Fleet.await(Duration.ofSeconds(15), () -> touches(fleet) >= 1);
            Thread.sleep(1000); // a second touch from the second retry would be recorded by now
            int touches = touches(fleet);
            System.out.printf("[fault] Redis unreachable %d s (%s): ready 503, Slack event %d, command %d \"%s\", "
                            + "Teams %d; ready again %d ms after Redis returned; retries answered %d, %d; "
                            + "event sent 3 times, touches recorded %d (lost %d, duplicated %d)%n",
                    OUTAGE.toSeconds(), fleet.redis.kind(), firstTry, cmd.statusCode(), cmd.body(), teams, recovered,
                    retry1, retry2, touches, touches == 0 ? 1 : 0, Math.max(0, touches - 1));
            assertTrue(firstTry >= 500, "Slack event during the outage answered " + firstTry);
            assertTrue(cmd.body().contains("Try again"), cmd.statusCode() + " " + cmd.body());
            assertTrue(teams >= 500, "Teams during the outage answered " + teams);
            assertTrue(ready, "not ready again without a restart:\n" + rapport.output());
            assertEquals(200, retry1);
            assertEquals(200, retry2);
            assertTrue(touched, "the retried event made no touch:\n" + rapport.output());
            assertEquals(1, touches);
            assertTrue(command(fleet, rapport, "C999", "log acme call out").contains("Logged"),
                    "commands work again after the outage");
        }
    }

    private static int touches(Fleet fleet) {
        try (RedisClient client = fleet.redis.client()) {
            RedisStore store = new RedisStore(client);
            List<Customer> customers = store.customers(Fleet.WORKSPACE);
            return customers.isEmpty() ? 0 : store.touches(Fleet.WORKSPACE, customers.get(0).id(), 50).size();
        }
    }

    private static int status(RapportProcess p, String path) {
        try {
            return p.get(path).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    static String command(Fleet fleet, RapportProcess rapport, String channel, String text) throws Exception {
        HttpResponse<String> r = commandResponse(fleet, rapport, channel, text);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    static HttpResponse<String> commandResponse(Fleet fleet, RapportProcess rapport, String channel, String text)
            throws Exception {
        String form = "token=x&team_id=" + Fleet.TEAM + "&team_domain=acme&channel_id=" + channel
                + "&channel_name=c&user_id=U1&user_name=alex&command=%2Frapport&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&response_url=" + URLEncoder.encode("https://hooks.slack.com/commands/T111/1/x", StandardCharsets.UTF_8)
                + "&trigger_id=1.2.3";
        return fleet.slackPost(rapport, form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", 0);
    }

    static long epoch() {
        return Instant.now().getEpochSecond();
    }
}
