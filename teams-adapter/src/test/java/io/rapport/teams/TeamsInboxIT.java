package io.rapport.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rapport.core.event.Actor;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.model.Person;
import io.rapport.store.redis.TestRedis;
import io.rapport.store.redis.inbox.StreamInbox;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Message activities are answered once they are in the workspace's inbox; the worker (driven by hand here)
 * turns them into touches. Teams' redeliveries are queued once, and an activity a worker took but never
 * finished is handled by the next one.
 */
class TeamsInboxIT {
    private static final String CHANNEL = "19:acme-shared@thread.tacv2";
    private TeamsHarness h;
    private String customer;

    @BeforeEach
    void start() throws Exception {
        h = TeamsHarness.withoutWorker();
        Actor alex = new Actor(new Person("29:alex", "Alex"), false, null);
        h.engine.command(new CommandEvent(h.workspace, alex, null, "add Acme", Map.of(), h.clock.instant()));
        h.engine.command(new CommandEvent(h.workspace, alex, CHANNEL, "link acme", Map.of(), h.clock.instant()));
        customer = h.store.customers(h.workspace).get(0).id();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private ObjectNode fromDana(String text) {
        return h.channel(CHANNEL, null, "29:dana", "Dana Lee", text, Map.of());
    }

    private int touches() {
        return h.store.touches(h.workspace, customer, 50).size();
    }

    @Test
    void a_message_is_answered_202_before_it_is_handled() throws Exception {
        assertEquals(202, h.post(fromDana("Thanks so much for the quick fix!")).status());

        assertEquals(0, touches(), "nothing handled on the request thread");
        assertEquals(1, h.teams.backlog());
        assertEquals(1, h.teams.drainActivities());
        assertEquals(1, touches());
        assertEquals(0, h.teams.backlog());
    }

    @Test
    void an_activity_teams_sends_again_is_queued_once_and_makes_one_touch() throws Exception {
        ObjectNode thanks = fromDana("Thanks so much for the quick fix!");

        for (int i = 0; i < 3; i++) {
            assertEquals(202, h.post(thanks).status(), "a redelivery is acknowledged too");
        }
        assertEquals(1, h.teams.backlog());
        h.teams.drainActivities();
        assertEquals(202, h.post(thanks).status(), "and after it was handled");
        h.teams.drainActivities();

        assertEquals(1, touches());
    }

    @Test
    void an_activity_a_worker_took_and_never_finished_is_handled_after_a_restart() throws Exception {
        assertEquals(202, h.post(fromDana("Thanks so much for the quick fix!")).status());
        // a worker reads the entry, then its process dies before it acknowledges it
        StreamInbox crashed = new StreamInbox(TestRedis.client(), TeamsInbox.stream(h.workspace), Duration.ofDays(2));
        crashed.ensureGroup();
        assertEquals(1, crashed.poll("crashed-worker", 10, null).size());
        h.teams.close();

        TeamsAdapter restarted = new TeamsAdapter(TeamsSettings.local(), h.engine, h.store, TestRedis.client(),
                h.clock, TeamsListener.NONE, SendPolicy.standard());
        try {
            assertEquals(0, restarted.drainActivities(), "nothing new: the entry is pending for the dead worker");
            assertEquals(0, touches());
            // what the running worker does with entries idle for 30 s
            assertEquals(1, restarted.retryActivities());
        } finally {
            restarted.close();
        }
        assertEquals(1, touches());
        assertEquals(0, h.teams.backlog());
    }
}
