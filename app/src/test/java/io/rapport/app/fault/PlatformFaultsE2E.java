package io.rapport.app.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.app.RapportProcess;
import io.rapport.core.model.Person;
import io.rapport.slack.FakeSlack;
import io.rapport.slack.FakeSlack.Outage;
import io.rapport.slack.Workspaces;
import io.rapport.teams.FakeConnector;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.RedisClient;

/**
 * Fault scenario 5: the platforms struggle while reminders come due. For a stretch the fake Slack answers
 * {@code chat.postMessage} and {@code conversations.open} with 429 + Retry-After, then 500s, then hangs past the
 * client's timeout (having posted the message: the answer never comes), then recovers; the fake Teams connector
 * likewise throttles, fails and hangs. Every nudge arrives once, later; no call comes before the Retry-After it
 * was given; a nudge for the other platform is not held up; and inbound requests keep being acknowledged in time.
 */
class PlatformFaultsE2E {
    private static final int RETRY_AFTER = 2;
    private static final int SLACK_RETRY_AFTER = 1;
    private static final Duration IN_FLIGHT = Duration.ofMillis(200);
    /** Slack's web client gives up on a call after 15 s; the fake holds its answer longer. */
    private static final int SLACK_HANG = 17;
    /** The Teams connector client reads for 10 s; the fake holds its answer longer. */
    private static final int TEAMS_HANG = 12;

    @TempDir
    Path dir;

    @Test
    void slack_throttling_failing_and_hanging_delays_each_nudge_but_delivers_it_once_and_inbound_stays_quick()
            throws Exception {
        int n = 30;
        try (Fleet fleet = Fleet.start(dir, false, Duration.ofMinutes(2))) {
            RapportProcess rapport = fleet.startInstance();
            RedisOutageE2E.command(fleet, rapport, "C999", "add Acme tier key owner <@U1|alex>");
            RedisOutageE2E.command(fleet, rapport, "C111", "link acme");
            // a Teams user Rapport knows, whose nudge comes due while Slack hangs
            assertEquals(2, fleet.teamsSays(rapport, "29:other", "help").statusCode() / 100);
            Fleet.await(Duration.ofSeconds(10), () -> !fleet.connector.delivered().isEmpty());

            // every other teammate already has a DM open with Rapport, so faults meet chat.postMessage too
            try (RedisClient client = fleet.redis.client()) {
                for (int i = 0; i < n; i += 2) {
                    client.set(Workspaces.key(Fleet.TEAM, "slack:im:U" + (1000 + i)), "DU" + (1000 + i));
                }
            }
            Instant start = Instant.now().plusSeconds(1);
            List<String> keys = Reminders.plant(fleet.redis, Fleet.WORKSPACE, "s", n, start, Duration.ofMillis(300),
                    i -> new Person("U" + (1000 + i), "Teammate " + i)).stream().map(id -> id + "#1").toList();
            Instant otherDue = start.plusSeconds(10); // while posts are held
            List<String> other = Reminders.plant(fleet.redis, Fleet.TEAMS_WORKSPACE, "o", 1, otherDue, Duration.ZERO,
                    i -> new Person("29:other", "Teammate other"));
            AtomicInteger events = new AtomicInteger();
            List<Callable<HttpResponse<String>>> inbound = List.of(
                    () -> fleet.slackPost(rapport, Payloads.customerMessage("EvP" + events.incrementAndGet(), "C111",
                            "Thanks for the update number " + events.get()), "application/json", 0),
                    () -> RedisOutageE2E.commandResponse(fleet, rapport, "C999", "mine"));
            long stretchEnded;
            try (AckTimer acks = AckTimer.start(Duration.ofMillis(250), inbound)) {
                sleepUntil(start);
                // longer than one call's five tries: the next nudge must still wait for the Retry-After
                slackOutage(fleet.slack, new Outage(Outage.Kind.RATE_LIMITED, SLACK_RETRY_AFTER));
                Thread.sleep(6000);
                slackOutage(fleet.slack, new Outage(Outage.Kind.ERROR, 0));
                Thread.sleep(3000);
                // the post is made, its answer never comes in time: the message is in flight
                slackOutage(fleet.slack, null);
                fleet.slack.outage("chat.postMessage", new Outage(Outage.Kind.HANG, SLACK_HANG));
                Thread.sleep(3000);
                slackOutage(fleet.slack, null);
                stretchEnded = System.currentTimeMillis();
                boolean all = Fleet.await(Duration.ofSeconds(60),
                        () -> Reminders.arrived(fleet.slack).keySet().containsAll(keys));
                long lastArrival = System.currentTimeMillis() - stretchEnded;
                Thread.sleep(2000); // a late duplicate would show up here
                acks.close();
                Reminders.Tally tally = Reminders.Tally.of(keys, Reminders.arrived(fleet.slack));
                List<FakeSlack.Answered> faults = fleet.slack.faultAnswers();
                int early = earlyCalls(fleet.slack, faults);
                long otherLate = otherLateMillis(fleet.connector, other.get(0), otherDue);
                System.out.println(tally.line(String.format("Slack answering 429 (Retry-After %d s) for 6 s, 500 for "
                                + "3 s, then holding posts %d s (past the client's 15 s) for 3 s", SLACK_RETRY_AFTER,
                        SLACK_HANG))
                        + String.format("; answered 429 %d, 500 %d, held %d; calls before their Retry-After %d; "
                                        + "looked up in the channel before re-posting %d; all arrived %d ms after "
                                        + "Slack recovered; a Teams nudge due meanwhile arrived %d ms after it was "
                                        + "due; inbound: %d Slack events and commands, refused %d, slowest "
                                        + "acknowledged in %d ms",
                                count(faults, 429), count(faults, 500), count(faults, 0), early,
                                fleet.slack.calls("conversations.history").size(), lastArrival, otherLate,
                                acks.sent(), acks.refused().size(), acks.slowestMillis()));
                assertTrue(all, tally.line("timed out") + "\n" + rapport.output());
                assertEquals(0, tally.lost(), tally.line("lost"));
                assertEquals(0, tally.duplicated(), tally.line("duplicated"));
                // "unexpected" are nudges Rapport planned itself from the customer's messages: once each, too
                assertTrue(Reminders.arrived(fleet.slack).values().stream().allMatch(c -> c == 1),
                        "a message arrived twice: " + Reminders.arrived(fleet.slack));
                assertTrue(count(faults, 429) > 0 && count(faults, 500) > 0, "429 and 500 were met: " + faults);
                assertTrue(faults.stream().anyMatch(f -> f.status() == 0 && f.method().equals("chat.postMessage")),
                        "a post was held past the timeout: " + faults);
                assertTrue(fleet.slack.calls("conversations.history").size() > 0,
                        "the post whose answer never came was sent again without looking for it first");
                assertEquals(0, early, "calls came before the Retry-After Slack gave");
                assertTrue(acks.refused().isEmpty(), "inbound refused: " + acks.refused());
                assertTrue(acks.slowestMillis() < 3000, "an inbound request took " + acks.slowestMillis() + " ms");
                assertTrue(otherLate >= 0 && otherLate < 5000, "the Teams nudge waited on Slack: " + otherLate + " ms");
            }
        }
    }

    @Test
    void a_teams_connector_throttling_failing_and_hanging_delays_each_nudge_and_inbound_stays_quick() throws Exception {
        int n = 20;
        try (Fleet fleet = Fleet.start(dir, false, Duration.ofMinutes(2))) {
            RapportProcess rapport = fleet.startInstance();
            // each teammate has talked to Rapport once, so it can reach them in their personal chat
            for (int i = 0; i < n; i++) {
                assertEquals(2, fleet.teamsSays(rapport, "29:t" + i, "help").statusCode() / 100);
            }
            assertTrue(Fleet.await(Duration.ofSeconds(20), () -> fleet.connector.delivered().size() >= n),
                    "the answers to help did not all arrive");
            Instant start = Instant.now().plusSeconds(1);
            List<String> keys = Reminders.plant(fleet.redis, Fleet.TEAMS_WORKSPACE, "t", n, start,
                    Duration.ofMillis(300), i -> new Person("29:t" + i, "Teammate t" + i));
            Instant otherDue = start.plusSeconds(8); // while sends are held
            List<String> other = Reminders.plant(fleet.redis, Fleet.WORKSPACE, "o", 1, otherDue, Duration.ZERO,
                    i -> new Person("U2000", "Teammate U2000")).stream().map(id -> id + "#1").toList();
            long stretchEnded;
            try (AckTimer acks = AckTimer.start(Duration.ofMillis(250),
                    List.of(() -> fleet.teamsSays(rapport, "29:ping", "mine")))) {
                sleepUntil(start);
                fleet.connector.outage(new FakeConnector.Outage(FakeConnector.Outage.Kind.RATE_LIMITED, RETRY_AFTER));
                Thread.sleep(3000);
                fleet.connector.outage(new FakeConnector.Outage(FakeConnector.Outage.Kind.ERROR, 500));
                Thread.sleep(2000);
                fleet.connector.outage(new FakeConnector.Outage(FakeConnector.Outage.Kind.ERROR, 503));
                Thread.sleep(2000);
                fleet.connector.outage(new FakeConnector.Outage(FakeConnector.Outage.Kind.HANG, TEAMS_HANG));
                Thread.sleep(3000);
                fleet.connector.outage(null);
                stretchEnded = System.currentTimeMillis();
                boolean all = Fleet.await(Duration.ofSeconds(60),
                        () -> Reminders.arrived(fleet.connector.delivered()).keySet().containsAll(keys));
                long lastArrival = System.currentTimeMillis() - stretchEnded;
                Thread.sleep(2000); // a late duplicate would show up here
                acks.close();
                Reminders.Tally tally = Reminders.Tally.of(keys, Reminders.arrived(fleet.connector.delivered()));
                List<FakeConnector.Request> requests = fleet.connector.requests();
                int early = earlyCalls(requests);
                // a nudge the connector delivered but never confirmed: Rapport cannot tell it arrived
                long unconfirmed = Reminders.arrived(fleet.connector.unanswered()).keySet().stream()
                        .filter(keys::contains).count();
                long otherLate = Reminders.arrived(fleet.slack).containsKey(other.get(0))
                        ? fleet.slack.calls("chat.postMessage").get(0).atMillis() - otherDue.toEpochMilli() : -1;
                System.out.println(tally.line(String.format("Teams connector answering 429 (Retry-After %d s) for "
                                + "3 s, 500 for 2 s, 503 for 2 s, then taking sends and holding the answer %d s (past "
                                + "the client's 10 s) for 3 s", RETRY_AFTER, TEAMS_HANG))
                        + String.format("; answered 429 %d, 500 %d, 503 %d, delivered but unanswered %d (nudges "
                                        + "%d); sends before their Retry-After %d; all arrived %d ms after the "
                                        + "connector recovered; a Slack nudge due meanwhile arrived %d ms after it "
                                        + "was due; inbound: %d Teams messages, refused %d, slowest acknowledged "
                                        + "in %d ms",
                                status(requests, 429), status(requests, 500), status(requests, 503),
                                fleet.connector.unanswered().size(), unconfirmed, early, lastArrival, otherLate,
                                acks.sent(), acks.refused().size(), acks.slowestMillis()));
                assertTrue(all, tally.line("timed out") + "\n" + rapport.output());
                assertEquals(0, tally.lost(), tally.line("lost"));
                // Teams gives a bot no way to look up what it posted: a send whose answer never came is sent again
                assertTrue(tally.duplicated() <= unconfirmed, tally.line("duplicated more than were unconfirmed ("
                        + unconfirmed + ")"));
                assertTrue(status(requests, 429) > 0 && status(requests, 500) > 0 && status(requests, 503) > 0
                        && !fleet.connector.unanswered().isEmpty(), "every kind of fault was met");
                assertEquals(0, early, "sends came before the Retry-After the connector gave");
                assertTrue(acks.refused().isEmpty(), "inbound refused: " + acks.refused());
                assertTrue(acks.slowestMillis() < 3000, "an inbound request took " + acks.slowestMillis() + " ms");
                assertTrue(otherLate >= 0 && otherLate < 5000, "the Slack nudge waited on Teams: " + otherLate + " ms");
            }
        }
    }

    /**
     * Sends to a conversation less than its Retry-After after the connector answered a send there 429. Sends that
     * arrive within {@link #IN_FLIGHT} of the 429 were already on their way when it was answered (up to seven at
     * once per conversation) and are not counted.
     */
    private static int earlyCalls(List<FakeConnector.Request> requests) {
        int early = 0;
        for (FakeConnector.Request r : requests) {
            if (r.status() != 429) {
                continue;
            }
            Instant from = r.at().plus(IN_FLIGHT);
            Instant until = r.at().plusSeconds(RETRY_AFTER);
            early += (int) requests.stream().filter(o -> !o.method().equals("GET")
                    && o.conversation().equals(r.conversation()) && o.at().isAfter(from) && o.at().isBefore(until))
                    .count();
        }
        return early;
    }

    private static int status(List<FakeConnector.Request> requests, int status) {
        return (int) requests.stream().filter(r -> r.status() == status).count();
    }

    private static void slackOutage(FakeSlack slack, Outage outage) {
        slack.outage("chat.postMessage", outage);
        slack.outage("conversations.open", outage);
    }

    /**
     * Calls of a method made less than its Retry-After after Slack answered that method 429. Calls that arrive
     * within {@link #IN_FLIGHT} of the 429 were already on their way (deliveries run side by side) and are not
     * counted.
     */
    private static int earlyCalls(FakeSlack slack, List<FakeSlack.Answered> faults) {
        int early = 0;
        for (FakeSlack.Answered f : faults) {
            if (f.status() != 429) {
                continue;
            }
            long from = f.atMillis() + IN_FLIGHT.toMillis();
            long until = f.atMillis() + f.retryAfterSeconds() * 1000L;
            early += (int) slack.calls(f.method()).stream()
                    .filter(c -> c.atMillis() > from && c.atMillis() < until).count();
        }
        return early;
    }

    private static int count(List<FakeSlack.Answered> faults, int status) {
        return (int) faults.stream().filter(f -> f.status() == status).count();
    }

    /** How long after {@code due} the nudge {@code id} reached Teams; -1 if it never did. */
    private static long otherLateMillis(FakeConnector connector, String id, Instant due) {
        return connector.delivered().stream()
                .filter(r -> Reminders.arrived(List.of(r)).containsKey(id))
                .mapToLong(r -> r.at().toEpochMilli() - due.toEpochMilli()).min().orElse(-1);
    }

    static void sleepUntil(Instant when) throws InterruptedException {
        long ms = when.toEpochMilli() - System.currentTimeMillis();
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }
}
