package io.rapport.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import io.rapport.core.model.Person;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionTextTest {

    private static Activity activity(String text, String... mentions) throws Exception {
        ObjectNode a = Serialization.createObjectNode();
        a.put("type", "message").put("text", text);
        a.putObject("recipient").put("id", "28:bot").put("name", "Rapport");
        ArrayNode entities = a.putArray("entities");
        for (int i = 0; i < mentions.length; i += 3) {
            ObjectNode m = entities.addObject().put("type", "mention").put("text", mentions[i]);
            m.putObject("mentioned").put("id", mentions[i + 1]).put("name", mentions[i + 2]);
        }
        return Serialization.safeGetAs(a, Activity.class);
    }

    @Test
    void the_sdk_fixtures_bot_mention_is_removed_and_marks_the_message_as_addressed_to_rapport() throws Exception {
        Activity a = Serialization.safeGetAs(Serialization.jsonToTree(
                TeamsHarness.fixture("sdk-fixtures/message.personal.at-mention.json")), Activity.class);

        MentionText text = MentionText.of(a);

        assertEquals("testing123", text.text());
        assertTrue(text.mentionsBot());
        assertEquals(Map.of(), text.mentions());
    }

    @Test
    void people_mentioned_become_at_ids_with_their_names() throws Exception {
        MentionText text = MentionText.of(activity("<at>Rapport</at> contact \"Acme Corp\" <at>Dana Lee</at>",
                "<at>Rapport</at>", "28:bot", "Rapport", "<at>Dana Lee</at>", "29:1dana-x_Y", "Dana Lee"));

        assertEquals("contact \"Acme Corp\" @29:1dana-x_Y", text.text());
        assertEquals(Map.of("29:1dana-x_Y", new Person("29:1dana-x_Y", "Dana Lee")), text.mentions());
    }

    @Test
    void at_tags_without_an_entity_and_escaped_characters_are_left_as_plain_words() throws Exception {
        MentionText text = MentionText.of(activity("note acme <at>Everyone</at> likes &lt;b&gt;golf&amp;tea&nbsp;"));

        assertEquals("note acme Everyone likes <b>golf&tea", text.text());
        assertFalse(text.mentionsBot());
        assertEquals(Map.of(), text.mentions());
    }

    @Test
    void a_mention_entity_whose_id_has_spaces_is_ignored_rather_than_splitting_the_command() throws Exception {
        MentionText text = MentionText.of(activity("reassign n1 <at>Evil</at>", "<at>Evil</at>", "29:a b", "Evil"));

        assertEquals("reassign n1 Evil", text.text());
        assertEquals(Map.of(), text.mentions());
    }
}
