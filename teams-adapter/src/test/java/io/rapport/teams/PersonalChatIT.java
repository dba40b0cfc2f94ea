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
}
