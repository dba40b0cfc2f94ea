package io.rapport.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import io.rapport.core.message.Action;
import io.rapport.core.message.Card;
import io.rapport.core.message.Fact;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdaptiveCardsTest {
    private static final Map<String, String> TEAMMATES = new LinkedHashMap<>(Map.of("29:sam", "Sam Park"));

    private static Card nudge(String customerText) {
        return new Card("Reciprocate: Acme", "Dana at Acme sent you a referral 2 days ago: " + customerText
                + "\nReciprocate in kind: a considerate gesture deserves one back.\nSend a thank-you note.",
                List.of(new Fact("Customer", "Acme"), new Fact("Nudge", "n12")),
                List.of(Action.primary("done", "Done", "n12"), Action.button("snooze", "Snooze 1h", "n12 PT1H"),
                        Action.userPicker("reassign", "Reassign", "n12"), Action.button("log_reply", "Log reply", "n12")),
                null);
    }

    /** Every string value anywhere in the card, with the field it sits in. */
    private static List<String[]> strings(JsonNode node, String field, List<String[]> out) {
        if (node.isTextual()) {
            out.add(new String[] {field, node.asText()});
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> strings(e.getValue(), e.getKey(), out));
        } else if (node.isArray()) {
            node.forEach(n -> strings(n, field, out));
        }
        return out;
    }

    private static List<JsonNode> elements(JsonNode node, List<JsonNode> out) {
        if (node.isObject() && node.has("type")) {
            out.add(node);
        }
        node.forEach(child -> elements(child, out));
        return out;
    }

    @Test
    void a_nudge_reads_as_a_titled_card_with_facts_and_its_buttons() throws Exception {
        ObjectNode card = AdaptiveCards.card(nudge("\"Loved the demo\""), TEAMMATES);
        Path out = Path.of("target", "cards");
        Files.createDirectories(out);
        Files.writeString(out.resolve("nudge.json"), card.toPrettyString(), StandardCharsets.UTF_8);

        assertEquals("1.5", card.get("version").asText());
        assertEquals("Reciprocate: Acme", card.at("/body/0/inlines/0/text").asText());
        assertEquals("Bolder", card.at("/body/0/inlines/0/weight").asText());
        List<String> titles = new ArrayList<>();
        card.get("actions").forEach(a -> titles.add(a.get("title").asText()));
        assertEquals(List.of("Done", "Snooze 1h", "Reassign", "Log reply"), titles);
        assertEquals("positive", card.at("/actions/0/style").asText());
        JsonNode picker = card.at("/actions/2/card/body/0");
        assertEquals("Input.ChoiceSet", picker.get("type").asText());
        assertEquals("Sam Park", picker.at("/choices/0/title").asText());
        assertEquals("29:sam", picker.at("/choices/0/value").asText());
        assertEquals("reassign", card.at("/actions/2/card/actions/0/data/rapport_action").asText());
        assertTrue(card.get("fallbackText").asText().startsWith("Reciprocate: Acme\nDana at Acme"));
    }

    @Test
    void hostile_text_stays_literal_text_and_adds_no_elements_actions_or_mentions() {
        List<String> hostile = List.of(
                "\"}]}, {\"type\": \"Action.OpenUrl\", \"url\": \"https://evil.example\"",
                "<at>Everyone</at> <at>General</at> @channel @here",
                "[click me](https://evil.example) **bold** _it_ ![img](https://evil.example/x.png)",
                "{\"type\":\"Input.Text\",\"id\":\"rapport_action\"}",
                "line one\\nline two \u202e\u0000 \ud83d\ude00 </TextRun>",
                "x".repeat(50_000));
        int plainElements = elements(AdaptiveCards.card(nudge("ok"), TEAMMATES), new ArrayList<>()).size();
        for (String text : hostile) {
            Card card = new Card(text, text, List.of(new Fact(text, text)),
                    List.of(Action.primary("done", "Done", "n12"), Action.userPicker("reassign", "Reassign", "n12")),
                    text);
            ObjectNode json = AdaptiveCards.card(card, TEAMMATES);
            String label = text.substring(0, Math.min(30, text.length()));

            String reparsed = Serialization.toStringSilent(json);
            assertEquals(json, parse(reparsed), "well-formed, and reads back the same: " + label);
            assertNull(json.get("msteams"), "no mention entities: " + label);
            assertEquals(2, json.get("actions").size(), "actions: " + label);
            for (JsonNode element : elements(json, new ArrayList<>())) {
                String type = element.get("type").asText();
                assertTrue(List.of("AdaptiveCard", "RichTextBlock", "TextRun", "Action.Submit", "Action.ShowCard",
                        "Input.ChoiceSet").contains(type), "unexpected element " + type + ": " + label);
            }
            for (String[] s : strings(json, "", new ArrayList<>())) {
                boolean userText = s[1].contains(text.substring(0, Math.min(20, text.length())));
                if (userText) {
                    assertTrue(List.of("text", "fallbackText").contains(s[0]),
                            "user text only in TextRun text (and the fallback): " + s[0] + " for " + label);
                }
            }
            assertTrue(reparsed.getBytes(StandardCharsets.UTF_8).length < 26_000, "under Teams' 28 KB: " + label);
            String bodyRun = json.at("/body/1/inlines/0/text").asText();
            if (text.length() < 300) {
                assertEquals(text.replace("\n", ""), bodyRun.replace("\n", ""), "shown as typed: " + label);
            } else {
                assertTrue(bodyRun.startsWith(text.substring(0, 100)) && bodyRun.contains("more characters not shown"));
            }
        }
        assertTrue(plainElements > 0);
    }

    private static JsonNode parse(String json) {
        try {
            return Serialization.jsonToTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("not valid JSON", e);
        }
    }

    @Test
    void a_text_only_answer_is_a_plain_text_message_and_a_card_carries_a_summary() {
        Activity plain = AdaptiveCards.message(Card.text("Noted for Acme: likes **golf** <at>x</at>"), TEAMMATES);
        Activity rich = AdaptiveCards.message(nudge("ok"), TEAMMATES);

        assertEquals("plain", String.valueOf(plain.getTextFormat()));
        assertEquals("Noted for Acme: likes **golf** <at>x</at>", plain.getText());
        assertNull(plain.getAttachments());
        assertEquals(AdaptiveCards.CONTENT_TYPE, rich.getAttachments().get(0).getContentType());
        assertTrue(rich.getSummary().startsWith("Reciprocate: Acme"));
        assertNull(rich.getText(), "no text beside the card, or Teams shows it twice");
    }

    @Test
    void reassign_without_reachable_teammates_says_how_to_do_it_by_typing() {
        ObjectNode card = AdaptiveCards.card(nudge("ok"), Map.of());

        String hint = card.at("/actions/2/card/body/0/inlines/0/text").asText();
        assertTrue(hint.contains("reassign n12 @name"), hint);
        assertFalse(card.at("/actions/2/card").has("actions"));
    }

    @Test
    void the_card_has_the_shape_of_microsofts_own_adaptive_card_message() throws Exception {
        JsonNode theirs = Serialization.jsonToTree(TeamsHarness.fixture(
                "outbound/message.adaptive-card.msteams-mention-entities.teams-net.json"));
        JsonNode ours = Serialization.objectToTree(AdaptiveCards.message(nudge("ok"), TEAMMATES));

        JsonNode theirAttachment = theirs.at("/attachments/0");
        JsonNode ourAttachment = ours.at("/attachments/0");
        assertEquals(theirAttachment.get("contentType"), ourAttachment.get("contentType"));
        for (String field : List.of("type", "version", "$schema")) {
            assertEquals(theirAttachment.at("/content/" + field), ourAttachment.at("/content/" + field), field);
        }
    }
}
