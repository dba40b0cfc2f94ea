package io.rapport.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.store.redis.TestRedis;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonalChatIT {
    private TeamsHarness h;

    @BeforeEach
    void start() throws Exception {
        h = new TeamsHarness();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void a_command_in_a_personal_chat_is_acknowledged_at_once_and_answered_through_the_connector() throws Exception {
        var message = h.personal("29:alex", "Alex Kim", "add Acme tier key");
        var response = h.post(message);

        assertEquals(202, response.status(), response.body());
        assertTrue(response.took().toMillis() < 2_000, "answered in " + response.took());
        var reply = h.connector.await(r -> r.method().equals("POST"), Duration.ofSeconds(5));
        assertEquals("a:personal-29:alex", reply.conversation());
        assertTrue(reply.path().endsWith("/activities/" + message.get("id").asText()), "a reply to the message: "
                + reply.path());
        assertEquals("Added Acme", reply.card().path("body").path(0).path("inlines").path(0).path("text").asText());
        assertTrue(h.store.customers(h.workspace).stream().anyMatch(c -> c.name().equals("Acme")));
        assertTrue(TestRedis.client().exists("rapport:{" + h.workspace + "}:teams:ref:user:29:alex"),
                "first contact stores where to reach Alex later");
    }

    @Test
    void the_audit_log_is_refused_to_a_teammate_and_shown_to_an_admin_listed_in_rapport_admins() throws Exception {
        h.close();
        h = new TeamsHarness(TeamsSettings.local().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withAdmins(java.util.Set.of("29:ada")),
                new SendPolicy(4, Duration.ofMillis(50), Duration.ofMillis(400)));

        var sam = h.personal("29:sam", "Sam Lee", "audit");
        assertEquals(202, h.post(sam).status());
        var refused = h.connector.await(r -> r.path().endsWith("/activities/" + sam.get("id").asText()),
                Duration.ofSeconds(5));
        assertTrue(refused.body().toString().contains("Only workspace admins can read the audit log"),
                refused.body().toString());

        var ada = h.personal("29:ada", "Ada Admin", "audit");
        assertEquals(202, h.post(ada).status());
        var shown = h.connector.await(r -> r.path().endsWith("/activities/" + ada.get("id").asText()),
                Duration.ofSeconds(5));
        assertTrue(shown.card().toString().contains("Audit log"), shown.body().toString());
    }
}
