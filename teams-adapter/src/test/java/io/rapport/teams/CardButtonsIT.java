package io.rapport.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;
import io.rapport.core.event.Actor;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Person;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Snooze, Reassign (from the card's teammate choice) and Action.Execute presses on a delivered nudge. */
class CardButtonsIT {
    private TeamsHarness h;
    private Nudge nudge;
    private JsonNode card;
    private String cardId;

    @BeforeEach
    void nudgeDelivered() throws Exception {
        h = new TeamsHarness();
        for (String[] who : new String[][] {{"29:alex", "Alex Kim"}, {"29:sam", "Sam Park"}}) {
            assertEquals(202, h.post(h.personal(who[0], who[1], "help")).status());
        }
        Actor alex = new Actor(new Person("29:alex", "Alex Kim"), false, null);
        h.engine.command(new CommandEvent(h.workspace, alex, null, "add Acme", Map.of(), h.clock.instant()));
        h.engine.command(new CommandEvent(h.workspace, alex, null, "log acme referral from Dana", Map.of(),
                h.clock.instant()));
        nudge = h.store.activeNudges(h.workspace).stream().filter(n -> n.rule().equals("reciprocate")).findFirst().orElseThrow();
        h.clock.advance(Duration.ofDays(3));
        assertEquals(1, h.scheduler.runOnce(10));
        var sent = h.connector.await(r -> r.path().equals("/v3/conversations/a:personal-29:alex/activities"),
                Duration.ofSeconds(5));
        card = sent.card();
        cardId = sent.id();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private JsonNode action(String id) {
        for (JsonNode a : card.get("actions")) {
            JsonNode data = a.has("card") ? a.at("/card/actions/0/data") : a.get("data");
            if (data != null && id.equals(data.path(AdaptiveCards.ACTION).asText())) {
                return a;
            }
        }
        throw new AssertionError("no " + id + " button on " + card);
    }

    @Test
    void snooze_updates_the_card_in_place_and_brings_the_nudge_back_later() throws Exception {
        JsonNode snooze = action("snooze");

        h.post(h.submit("29:alex", "Alex Kim", cardId, snooze.get("data")));

        var update = h.connector.await(r -> r.method().equals("PUT"), Duration.ofSeconds(5));
        assertTrue(update.card().toString().contains("Snoozed for 1 hour by Alex Kim"), update.card().toString());
        assertEquals(NudgeState.SCHEDULED, h.store.nudge(h.workspace, nudge.id()).orElseThrow().state());
    }

    @Test
    void reassign_offers_the_teammates_rapport_can_reach_and_hands_the_nudge_to_the_one_picked() throws Exception {
        JsonNode reassign = action("reassign");
        JsonNode choices = reassign.at("/card/body/0/choices");
        assertEquals("Alex Kim", choices.get(0).get("title").asText());
        assertEquals("Sam Park", choices.get(1).get("title").asText());
        ObjectNode data = reassign.at("/card/actions/0/data").deepCopy();
        data.put(AdaptiveCards.INPUT, choices.get(1).get("value").asText());

        h.post(h.submit("29:alex", "Alex Kim", cardId, data));

        var update = h.connector.await(r -> r.method().equals("PUT"), Duration.ofSeconds(5));
        assertTrue(update.card().toString().contains("Reassigned to Sam Park by Alex Kim"), update.card().toString());
        assertEquals("29:sam", h.store.nudge(h.workspace, nudge.id()).orElseThrow().assignee().id());
    }

    @Test
    void a_reassign_to_someone_rapport_cannot_reach_is_refused_without_changing_the_nudge() throws Exception {
        ObjectNode data = action("reassign").at("/card/actions/0/data").deepCopy();
        data.put(AdaptiveCards.INPUT, "29:stranger");

        h.post(h.submit("29:alex", "Alex Kim", cardId, data));

        var reply = h.connector.await(r -> r.text().startsWith("Rapport can't reach that person"),
                Duration.ofSeconds(5));
        assertEquals("POST", reply.method());
        assertEquals("29:alex", h.store.nudge(h.workspace, nudge.id()).orElseThrow().assignee().id());
    }

    @Test
    void an_action_execute_press_gets_the_updated_card_in_the_invoke_response() throws Exception {
        ObjectNode invoke = h.personal("29:alex", "Alex Kim", "");
        invoke.remove("text");
        invoke.put("type", "invoke").put("name", "adaptiveCard/action").put("replyToId", cardId);
        ObjectNode action = invoke.putObject("value").putObject("action");
        action.put("type", "Action.Execute").set("data", action("done").get("data"));

        var r = h.post(Serialization.toString(invoke), null);

        assertEquals(200, r.status(), r.body());
        assertEquals(AdaptiveCards.CONTENT_TYPE, r.json().path("type").asText());
        assertTrue(r.json().path("value").toString().contains("Done by Alex Kim"), r.body());
        assertEquals(NudgeState.DONE, h.store.nudge(h.workspace, nudge.id()).orElseThrow().state());
    }
}
