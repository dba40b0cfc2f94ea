package io.rapport.slack.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.rapport.core.message.Action;
import io.rapport.core.message.Card;
import io.rapport.core.message.Fact;
import io.rapport.core.message.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BlockKitTest {

    private static JsonArray render(Card... cards) {
        return BlockKit.jsonTree(BlockKit.blocks(Reply.of(cards)));
    }

    @Test
    void a_card_reads_as_header_section_fields_buttons_and_context() {
        Card card = new Card("Reciprocate: Acme", "Dana thanked you.", List.of(new Fact("Customer", "Acme")),
                List.of(Action.primary("done", "Done", "n1"), Action.button("snooze", "Snooze 1h", "n1 PT1H"),
                        Action.button("snooze", "Snooze 1d", "n1 P1D"), Action.userPicker("reassign", "Reassign", "n1")),
                "Sent by Rapport");
        JsonArray blocks = render(card);
        List<String> types = new ArrayList<>();
        blocks.forEach(b -> types.add(b.getAsJsonObject().get("type").getAsString()));
        assertEquals(List.of("header", "section", "section", "actions", "context"), types);
        JsonArray elements = blocks.get(3).getAsJsonObject().getAsJsonArray("elements");
        assertEquals("done|0", elements.get(0).getAsJsonObject().get("action_id").getAsString());
        assertEquals("primary", elements.get(0).getAsJsonObject().get("style").getAsString());
        assertEquals("snooze|1", elements.get(1).getAsJsonObject().get("action_id").getAsString());
        assertEquals("snooze|2", elements.get(2).getAsJsonObject().get("action_id").getAsString());
        assertEquals("users_select", elements.get(3).getAsJsonObject().get("type").getAsString());
        assertEquals(new ActionIds.Decoded("reassign", "n1"),
                ActionIds.decode(elements.get(3).getAsJsonObject().get("action_id").getAsString()));
        assertEquals("*Customer*\nAcme", blocks.get(2).getAsJsonObject().getAsJsonArray("fields").get(0)
                .getAsJsonObject().get("text").getAsString());
        assertTrue(BlockKit.soleCard(blocks.get(3).getAsJsonObject().get("block_id").getAsString()));
    }

    @Test
    void user_text_is_escaped_everywhere_it_is_read_as_markup() {
        String hostile = "<!channel> & <@U1> <https://evil|ok>";
        JsonArray blocks = render(new Card(hostile, hostile, List.of(new Fact(hostile, hostile)), List.of(), hostile));
        String json = blocks.toString();
        assertFalse(json.replace("\"text\":\"" + hostile, "").contains("<!channel>"), json);
        String escaped = "&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;https://evil|ok&gt;";
        assertEquals(escaped, blocks.get(1).getAsJsonObject().getAsJsonObject("text").get("text").getAsString());
        assertEquals("plain_text", blocks.get(0).getAsJsonObject().getAsJsonObject("text").get("type").getAsString(),
                "a header is plain text: nothing in it is read as markup");
        assertEquals(escaped, BlockKit.fallback(Reply.text(hostile)));
        blocks.forEach(b -> {
            JsonObject text = b.getAsJsonObject().getAsJsonObject("text");
            if (text != null && "mrkdwn".equals(text.get("type").getAsString())) {
                assertTrue(text.get("verbatim").getAsBoolean(), "no auto-linking of names and URLs");
            }
        });
    }

    @Test
    void long_text_is_cut_to_slacks_limits_with_an_ellipsis_and_never_inside_an_escape() {
        String body = "a".repeat(2998) + "&&&&";
        JsonArray blocks = render(new Card("t".repeat(300), body, List.of(new Fact("k", "v".repeat(5000))), List.of(),
                null));
        String header = blocks.get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString();
        String section = blocks.get(1).getAsJsonObject().getAsJsonObject("text").get("text").getAsString();
        String field = blocks.get(2).getAsJsonObject().getAsJsonArray("fields").get(0).getAsJsonObject().get("text")
                .getAsString();
        assertEquals(150, header.length());
        assertTrue(header.endsWith("…"));
        assertTrue(section.length() <= 3000 && section.endsWith("a…"), section.substring(2990));
        assertTrue(field.length() <= 2000 && field.endsWith("…"));
        assertEquals("Two lines", render(new Card("Two\n lines", "", List.of(), List.of(), null)).get(0)
                .getAsJsonObject().getAsJsonObject("text").get("text").getAsString(), "a header stays on one line");
    }

    @Test
    void many_facts_are_split_ten_to_a_section_and_many_cards_stop_at_fifty_blocks() {
        List<Fact> facts = IntStream.range(0, 23).mapToObj(i -> new Fact("k" + i, "v" + i)).toList();
        JsonArray blocks = render(new Card(null, "", facts, List.of(), null));
        assertEquals(3, blocks.size());
        assertEquals(10, blocks.get(0).getAsJsonObject().getAsJsonArray("fields").size());
        assertEquals(3, blocks.get(2).getAsJsonObject().getAsJsonArray("fields").size());

        Card[] cards = IntStream.range(0, 40).mapToObj(i -> new Card("Nudge " + i, "body", List.of(),
                List.of(Action.primary("done", "Done", "n" + i)), null)).toArray(Card[]::new);
        JsonArray many = render(cards);
        assertTrue(many.size() <= 50, "blocks: " + many.size());
        JsonObject last = many.get(many.size() - 1).getAsJsonObject();
        assertEquals("context", last.get("type").getAsString());
        assertTrue(last.toString().contains("more not shown here"), last.toString());
        assertEquals("rapport-actions-0-of-40", many.get(2).getAsJsonObject().get("block_id").getAsString());
        assertFalse(BlockKit.soleCard(many.get(2).getAsJsonObject().get("block_id").getAsString()));
    }

    @Test
    void an_empty_card_still_makes_a_valid_message() {
        JsonArray blocks = render(Card.text(""));
        assertEquals(1, blocks.size());
        assertFalse(blocks.get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString().isEmpty());
        assertEquals("Rapport", BlockKit.fallback(Reply.of(Card.text(""))));
    }
}
