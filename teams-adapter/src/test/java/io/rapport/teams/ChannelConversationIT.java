package io.rapport.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Touch;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A team's day in Teams: commands in a personal chat and by @mention in a channel, a channel linked to a
 * customer whose people (named with contact, or guests by Teams' roster) are observed, a nudge delivered to
 * the owner's personal chat as an Adaptive Card, and its Done button updating the card in place.
 */
class ChannelConversationIT {
    private static final String CHANNEL = "19:acme-shared@thread.tacv2";
    private static final String ALEX = "29:alex";
    private TeamsHarness h;

    @BeforeEach
    void start() throws Exception {
        h = new TeamsHarness();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private FakeConnector.Request say(ObjectNode activity) throws Exception {
        int before = h.connector.requests().size();
        assertEquals(202, h.post(activity).status());
        return h.connector.await(r -> h.connector.requests().indexOf(r) >= before && !r.method().equals("GET"),
                Duration.ofSeconds(5));
    }

    private Customer acme() {
        return h.store.customers(h.workspace).stream().filter(c -> c.name().equals("Acme")).findFirst().orElseThrow();
    }

    private void linkAcmeWithDana() throws Exception {
        say(h.personal(ALEX, "Alex Kim", "add Acme tier key"));
        var linked = say(h.channel(CHANNEL, null, ALEX, "Alex Kim", "<at>Rapport</at> link acme", Map.of()));
        assertEquals(CHANNEL, linked.conversation(), "before linking, the answer goes to the channel thread");
        assertTrue(linked.text().startsWith("Linked this channel to Acme"), linked.body().toString());
        var contact = say(h.channel(CHANNEL, null, ALEX, "Alex Kim",
                "<at>Rapport</at> contact acme <at>Dana Lee</at>", Map.of("29:dana", "Dana Lee")));
        assertEquals(h.personalConversation(ALEX), contact.conversation(),
                "in a customer's channel, Rapport answers privately");
        assertEquals("Dana Lee is now one of Acme's contacts.", contact.text());
    }

    @Test
    void link_and_contact_by_mention_make_the_channel_the_customers_and_dana_one_of_their_people() throws Exception {
        linkAcmeWithDana();

        assertEquals(List.of(CHANNEL), acme().channels());
        assertTrue(acme().isContact("29:dana"));
        assertEquals("Dana Lee", acme().contacts().stream().filter(p -> p.id().equals("29:dana")).findFirst()
                .orElseThrow().name());
    }

    @Test
    void customer_messages_and_thread_replies_become_touches_and_rapport_stays_quiet_in_the_channel() throws Exception {
        linkAcmeWithDana();
        int before = h.connector.delivered().size();

        h.post(h.channel(CHANNEL, null, "29:dana", "Dana Lee", "Thanks so much for the quick fix!", Map.of()));
        h.post(h.channel(CHANNEL, "1700000000001", ALEX, "Alex Kim", "Glad it works again", Map.of()));
        h.post(h.channel(CHANNEL, "1700000000001", "28:other-app", "Some Bot", "Build 42 passed", Map.of()));

        List<Touch> touches = h.store.touches(h.workspace, acme().id(), 10);
        assertEquals(2, touches.size(), "another app's post is not a touch");
        Touch reply = touches.get(0);
        Touch thanks = touches.get(1);
        assertEquals(Direction.IN, thanks.direction());
        assertEquals("thanks", thanks.kind().id());
        assertEquals(Direction.OUT, reply.direction(), "a teammate's answer in the thread counts as ours");
        Thread.sleep(200);
        assertEquals(before, h.connector.delivered().size(), "nothing was posted anywhere");
    }

    @Test
    void a_guest_counts_as_the_customers_when_the_teams_roster_says_so() throws Exception {
        linkAcmeWithDana();
        h.connector.member("29:guest", "{\"id\":\"29:guest\",\"name\":\"Gus Guest\",\"userRole\":\"guest\","
                + "\"tenantId\":\"" + h.tenant + "\"}");
        h.connector.member("29:sam", "{\"id\":\"29:sam\",\"name\":\"Sam Park\",\"userRole\":\"user\","
                + "\"tenantId\":\"" + h.tenant + "\"}");

        h.post(h.channel(CHANNEL, "1700000000002", "29:guest", "Gus Guest", "Thank you for the intro!", Map.of()));
        h.post(h.channel(CHANNEL, "1700000000002", "29:sam", "Sam Park", "Happy to help", Map.of()));

        List<Touch> touches = h.store.touches(h.workspace, acme().id(), 10);
        assertEquals(Direction.OUT, touches.get(0).direction(), "Sam is a member of the tenant");
        assertEquals(Direction.IN, touches.get(1).direction(), "Gus is a guest");
        assertTrue(acme().isContact("29:guest"), "the guest is now one of Acme's people");
        assertFalse(acme().isContact("29:sam"));
    }

    @Test
    void a_nudge_arrives_as_a_card_in_the_owners_chat_and_done_updates_it_in_place() throws Exception {
        linkAcmeWithDana();
        h.post(h.channel(CHANNEL, null, "29:dana", "Dana Lee", "Thanks so much for the quick fix!", Map.of()));
        Nudge nudge = h.store.activeNudges(h.workspace).stream().filter(n -> n.rule().equals("reciprocate")).findFirst().orElseThrow();
        int before = h.connector.requests().size();

        h.clock.advance(Duration.ofDays(3));
        assertEquals(1, h.scheduler.runOnce(10));

        var sent = h.connector.await(r -> h.connector.requests().indexOf(r) >= before, Duration.ofSeconds(5));
        assertEquals("POST", sent.method());
        assertEquals("/v3/conversations/a:personal-29:alex/activities", sent.path(),
                "a new message in Alex's chat, not a reply to an old one");
        Artifacts.save("nudge-received-by-connector.json", sent);
        JsonNode card = sent.card();
        assertEquals("AdaptiveCard", card.path("type").asText());
        assertEquals("1.5", card.path("version").asText());
        assertTrue(card.path("fallbackText").asText().contains("Acme"), card.toString());
        JsonNode done = card.path("actions").path(0);
        assertEquals("Action.Submit", done.path("type").asText());
        assertEquals("Done", done.path("title").asText());
        assertEquals(nudge.id(), done.path("data").path("rapport_value").asText());
        String cardId = sent.id();

        ObjectNode press = h.submit(ALEX, "Alex Kim", cardId, done.path("data"));
        assertEquals(202, h.post(press).status());

        var update = h.connector.await(r -> r.method().equals("PUT"), Duration.ofSeconds(5));
        assertEquals("/v3/conversations/a:personal-29:alex/activities/" + cardId, update.path());
        Artifacts.save("card-update-received-by-connector.json", update);
        String shown = update.card().toString();
        assertTrue(shown.contains("Done by Alex Kim"), shown);
        assertFalse(update.card().has("actions"), "no buttons once it was acted on");
        assertFalse(h.store.nudge(h.workspace, nudge.id()).orElseThrow().state().isActive());
    }

    @Test
    void a_teams_retry_of_the_same_message_is_neither_recorded_nor_answered_twice() throws Exception {
        ObjectNode add = h.personal(ALEX, "Alex Kim", "log acme thanks for the intro");
        say(h.personal(ALEX, "Alex Kim", "add Acme"));

        assertEquals(202, h.post(add).status());
        assertEquals(202, h.post(add).status());
        Thread.sleep(300);

        assertEquals(1, h.store.touches(h.workspace, acme().id(), 10).size());
        assertEquals(1, h.connector.delivered().stream()
                .filter(r -> r.path().endsWith("/" + add.get("id").asText())).count());
    }

    @Test
    void two_people_whose_messages_share_an_id_in_different_chats_both_get_their_answer() throws Exception {
        ObjectNode alex = h.personal(ALEX, "Alex Kim", "help");
        ObjectNode sam = h.personal("29:sam", "Sam Park", "help");
        sam.put("id", alex.get("id").asText());

        assertEquals(202, h.post(alex).status());
        assertEquals(202, h.post(sam).status());

        h.connector.await(r -> r.conversation().equals(h.personalConversation(ALEX)), Duration.ofSeconds(5));
        h.connector.await(r -> r.conversation().equals(h.personalConversation("29:sam")), Duration.ofSeconds(5));
    }

    @Test
    void mentions_of_people_in_a_personal_chat_command_become_their_teams_ids() throws Exception {
        say(h.personal("29:sam", "Sam Park", "hello"));
        ObjectNode add = h.personal(ALEX, "Alex Kim", "add Globex owner <at>Sam Park</at>");
        ObjectNode mention = add.putArray("entities").addObject();
        mention.put("type", "mention").put("text", "<at>Sam Park</at>");
        mention.putObject("mentioned").put("id", "29:sam").put("name", "Sam Park");

        var reply = say(add);

        String shown = Serialization.toString(reply.card());
        assertTrue(shown.contains("Sam Park"), shown);
        Customer globex = h.store.customers(h.workspace).stream().filter(c -> c.name().equals("Globex")).findFirst()
                .orElseThrow();
        assertEquals("29:sam", globex.owner().id());
    }
}
