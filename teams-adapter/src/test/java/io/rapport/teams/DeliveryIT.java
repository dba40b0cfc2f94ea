package io.rapport.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rapport.core.event.Actor;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.message.Card;
import io.rapport.core.message.Reply;
import io.rapport.core.model.AuditEntry;
import io.rapport.core.model.Person;
import io.rapport.core.port.DeliveryException;
import io.rapport.store.redis.TestRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Proactive sends against a connector that throttles, fails, refuses or hangs. */
class DeliveryIT {
    private static final Person ALEX = new Person("29:alex", "Alex Kim");
    private TeamsHarness h;

    @AfterEach
    void stop() {
        h.close();
    }

    private void start(SendPolicy policy) throws Exception {
        h = new TeamsHarness(TeamsSettings.local().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)), policy);
    }

    /** Alex opens a chat with Rapport, so Rapport can reach Alex later. */
    private void alexSaysHello() throws Exception {
        assertEquals(202, h.post(h.personal(ALEX.id(), ALEX.name(), "help")).status());
        h.connector.await(r -> r.status() < 300, Duration.ofSeconds(5));
    }

    private int sendsTo(String conversation) {
        return (int) h.connector.requests().stream().filter(r -> r.method().equals("POST")
                && r.conversation().equals(conversation)).count();
    }

    @Test
    void a_connector_answering_429_then_200_delivers_exactly_once_even_when_sent_again() throws Exception {
        start(new SendPolicy(4, Duration.ofMillis(50), Duration.ofMillis(200)));
        alexSaysHello();
        String chat = h.personalConversation(ALEX.id());
        int before = sendsTo(chat);
        h.connector.answer(429).retryAfter(1);

        long started = System.nanoTime();
        h.teams.messenger().sendPrivate(h.workspace, ALEX, Card.text("Thank Acme back"), "n1#1");
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        h.teams.messenger().sendPrivate(h.workspace, ALEX, Card.text("Thank Acme back"), "n1#1");

        List<FakeConnector.Request> tries = h.connector.requests().subList(h.connector.requests().size() - 2,
                h.connector.requests().size());
        assertEquals(List.of(429, 201), tries.stream().map(FakeConnector.Request::status).toList());
        assertEquals(before + 2, sendsTo(chat), "one throttled try, one delivery, nothing for the second call");
        assertTrue(tookMs >= 1_000, "Retry-After: 1 was honoured (" + tookMs + " ms)");
        assertTrue(TestRedis.client().get("rapport:{" + h.workspace + "}:teams:sent:n1#1").startsWith("fake-"));
        assertEquals(1, h.count("send.retried"));
        assertEquals(1, h.count("send.duplicate"));
    }

    @Test
    void two_senders_with_the_same_key_at_once_deliver_one_message_and_report_no_failure() throws Exception {
        start(new SendPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100)));
        alexSaysHello();
        String chat = h.personalConversation(ALEX.id());
        int before = sendsTo(chat);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> sends = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sends.add(pool.submit(() -> h.teams.messenger().sendPrivate(h.workspace, ALEX, Card.text("hi"), "same")));
            }
            for (var f : sends) {
                f.get(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(before + 1, sendsTo(chat));
        assertEquals(3, h.count("send.duplicate"));
    }

    @Test
    void a_nudge_for_a_teammate_rapport_never_talked_to_opens_a_personal_chat_and_keeps_it() throws Exception {
        start(SendPolicy.standard());
        alexSaysHello();
        Person sam = new Person("29:sam", "Sam Park");

        h.teams.messenger().sendPrivate(h.workspace, sam, Card.text("Acme is waiting"), "n9#1");

        FakeConnector.Request open = h.connector.await(r -> r.path().equals("/v3/conversations"), Duration.ofSeconds(1));
        assertEquals("29:sam", open.body().at("/members/0/id").asText());
        assertEquals(h.tenant, open.body().path("tenantId").asText());
        assertEquals(TeamsHarness.BOT_ID, open.body().at("/bot/id").asText());
        FakeConnector.Request sent = h.connector.await(r -> r.path().equals("/v3/conversations/" + open.id()
                + "/activities"), Duration.ofSeconds(1));
        assertEquals("Acme is waiting", sent.text());
        assertTrue(TestRedis.client().exists("rapport:{" + h.workspace + "}:teams:ref:user:29:sam"));
        assertEquals("Sam Park", TestRedis.client().hget("rapport:{" + h.workspace + "}:teams:people", "29:sam"));
    }

    @Test
    void status_412_502_and_504_are_retried_and_a_400_is_not() throws Exception {
        start(new SendPolicy(4, Duration.ofMillis(20), Duration.ofMillis(100)));
        alexSaysHello();
        h.connector.answer(412, 502, 504);

        h.teams.messenger().sendPrivate(h.workspace, ALEX, Card.text("one"), "k-retry");
        h.connector.answer(400);
        var e = assertThrows(DeliveryException.class, () ->
                h.teams.messenger().sendPrivate(h.workspace, ALEX, Card.text("two"), "k-bad"));

        assertEquals(3, h.count("send.retried"), h.connector.requests().stream().map(r -> r.method() + " " + r.status()).toList().toString());
        assertTrue(e.getMessage().contains("after 1 attempt(s): HTTP 400"), e.getMessage());
        assertFalse(TestRedis.client().exists("rapport:{" + h.workspace + "}:teams:sent:k-bad"));
    }

    @Test
    void a_connector_that_never_answers_does_not_hold_the_inbound_request_and_the_failure_is_counted()
            throws Exception {
        start(new SendPolicy(2, Duration.ofMillis(20), Duration.ofMillis(50)));
        h.connector.hang();

        var response = h.post(h.personal(ALEX.id(), ALEX.name(), "help"));

        assertEquals(202, response.status());
        // answered while the reply's send still waits on the connector (two attempts of a 2 s read timeout):
        // a handler that sent on the request thread would answer only after the send had failed
        assertEquals(0, h.count("send.failed"), "answered in " + response.took() + ", after the send gave up");
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (h.count("send.failed") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(1, h.count("send.failed"));
        assertEquals(1, h.count("send.retried"), "the timeout was retried once before giving up");
        List<String> kept = TestRedis.client().lrange("rapport:{" + h.workspace + "}:teams:undelivered", 0, -1);
        assertEquals(1, kept.size());
        assertTrue(kept.get(0).startsWith("reply in:"), kept.get(0));
    }

    @Test
    void a_403_stops_sending_to_that_chat_until_the_person_talks_to_rapport_again() throws Exception {
        start(new SendPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100)));
        alexSaysHello();
        String chat = h.personalConversation(ALEX.id());
        h.connector.answer(403);

        assertThrows(BlockedException.class, () ->
                h.teams.messenger().sendPrivate(h.workspace, ALEX, Card.text("one"), "k1"));
        int tried = sendsTo(chat);
        assertThrows(BlockedException.class, () ->
                h.teams.messenger().sendPrivate(h.workspace, ALEX, Card.text("two"), "k2"));
        assertEquals(tried, sendsTo(chat), "no second attempt at a chat that refused");
        assertEquals(1, h.count("send.blocked"));

        alexSaysHello();
        h.teams.messenger().sendPrivate(h.workspace, ALEX, Card.text("two"), "k2");
        assertTrue(TestRedis.client().exists("rapport:{" + h.workspace + "}:teams:sent:k2"));
    }

    @Test
    void sends_to_one_conversation_stay_under_seven_a_second() throws Exception {
        start(new SendPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100)));
        alexSaysHello();
        String chat = h.personalConversation(ALEX.id());

        for (int i = 0; i < 12; i++) {
            h.teams.messenger().sendPrivate(h.workspace, ALEX, Card.text("note " + i), "burst-" + i);
        }

        List<Instant> at = h.connector.requests().stream().filter(r -> r.conversation().equals(chat))
                .map(FakeConnector.Request::at).toList();
        assertEquals(13, at.size());
        for (int i = 7; i < at.size(); i++) {
            assertTrue(Duration.between(at.get(i - 7), at.get(i)).toMillis() >= 990,
                    "8 sends within a second at " + i + ": " + at);
        }
    }

    @Test
    void a_digest_goes_to_the_team_channel_chosen_with_link_team_as_a_new_post() throws Exception {
        start(SendPolicy.standard());
        String channel = "19:team-general@thread.tacv2";
        ObjectNode link = h.channel(channel, "1700000000009", ALEX.id(), ALEX.name(), "<at>Rapport</at> link team",
                Map.of());
        assertEquals(202, h.post(link).status());
        h.connector.await(r -> r.conversation().startsWith(channel), Duration.ofSeconds(5));
        String teamChannel = h.engine.teamChannel(h.workspace).orElseThrow();
        Reply digest = h.engine.command(new CommandEvent(h.workspace, new Actor(ALEX, false, null), null, "digest",
                Map.of(), h.clock.instant()));

        h.teams.messenger().postToTeam(h.workspace, teamChannel, digest.cards().get(0), "digest:2026-W10");
        h.teams.messenger().postToTeam(h.workspace, teamChannel, digest.cards().get(0), "digest:2026-W10");

        assertEquals(channel, teamChannel);
        Artifacts.save("digest-received-by-connector.json", h.connector.requests().get(h.connector.requests().size() - 1));
        List<FakeConnector.Request> posts = h.connector.requests().stream()
                .filter(r -> r.path().equals("/v3/conversations/" + channel + "/activities")).toList();
        assertEquals(1, posts.size(), "a new top-level post, once: " + h.connector.requests());
        assertEquals(digest.cards().get(0).title(), posts.get(0).card().at("/body/0/inlines/0/text").asText());
    }

    @Test
    void uninstalling_forgets_the_chat_and_removing_rapport_from_a_team_forgets_its_channels() throws Exception {
        start(SendPolicy.standard());
        alexSaysHello();
        String channel = "19:team-general@thread.tacv2";
        ObjectNode added = h.channel(channel, null, ALEX.id(), ALEX.name(), "x", Map.of());
        added.put("type", "conversationUpdate");
        added.putArray("membersAdded").addObject().put("id", TeamsHarness.BOT_ID);
        assertEquals(202, h.post(added).status());
        assertTrue(TestRedis.client().exists("rapport:{" + h.workspace + "}:teams:ref:conv:" + channel));

        ObjectNode uninstall = h.personal(ALEX.id(), ALEX.name(), "");
        uninstall.put("type", "installationUpdate").put("action", "remove");
        ObjectNode removed = h.channel(channel, null, ALEX.id(), ALEX.name(), "x", Map.of());
        removed.put("type", "conversationUpdate");
        removed.putArray("membersRemoved").addObject().put("id", TeamsHarness.BOT_ID);
        assertEquals(202, h.post(uninstall).status());
        assertEquals(202, h.post(removed).status());
        assertEquals(202, h.post(removed).status(), "Teams redelivers; the removal is audited once");

        assertFalse(TestRedis.client().exists("rapport:{" + h.workspace + "}:teams:ref:user:" + ALEX.id()));
        h.connector.answer(403); // what Teams says when asked to open a chat with someone who uninstalled
        var e = assertThrows(DeliveryException.class, () ->
                h.teams.messenger().sendPrivate(h.workspace, ALEX, Card.text("hi"), "after-uninstall"));
        assertTrue(e.getMessage().contains("Rapport is not installed for them"), e.getMessage());
        assertFalse(TestRedis.client().exists("rapport:{" + h.workspace + "}:teams:ref:conv:" + channel));
        assertThrows(DeliveryException.class, () ->
                h.teams.messenger().postToTeam(h.workspace, channel, Card.text("digest"), "d1"));
        assertEquals(List.of("uninstall Rapport in Teams channel " + channel, "install Rapport in Teams channel "
                + channel), h.store.auditLog(h.workspace, 10).stream().map(AuditEntry::what).toList());
        assertEquals(ALEX.id(), h.store.auditLog(h.workspace, 10).get(0).who().id());
    }
}
