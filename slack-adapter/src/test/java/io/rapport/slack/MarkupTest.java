package io.rapport.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rapport.core.model.Person;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void a_mention_becomes_at_id_and_says_who_that_is() {
        Markup.Parsed p = Markup.parse("reassign n3 <@U024BE7LH|bob> and <@W111>");
        assertEquals("reassign n3 @U024BE7LH and @W111", p.text());
        assertEquals(Map.of("U024BE7LH", new Person("U024BE7LH", "bob"), "W111", new Person("W111", "W111")),
                p.mentions());
    }

    @Test
    void channels_links_and_broadcasts_become_the_words_behind_them() {
        // a labelled link keeps its URL: a note should still say where it points
        assertEquals("note acme see #general and https://example.com/x?a=1&b=2 or https://example.com",
                Markup.parse("note acme see <#C1|general> and <https://example.com/x?a=1&amp;b=2> or "
                        + "<https://example.com|docs>").text());
        assertEquals("hi @here @channel @ops", Markup.parse("hi <!here> <!channel> <!subteam^S1|@ops>").text());
    }

    @Test
    void what_a_person_typed_literally_arrives_escaped_and_comes_back_as_typed() {
        assertEquals("note acme A&B <3 > 2", Markup.parse("note acme A&amp;B &lt;3 &gt; 2").text());
        assertEquals("note acme <@U1>", Markup.parse("note acme &lt;@U1&gt;").text());
    }

    @Test
    void a_leading_mention_of_the_bot_is_dropped_and_others_are_kept() {
        assertEquals("link acme", Markup.withoutLeadingMention("<@UBOT> link acme", "UBOT"));
        assertEquals("link acme", Markup.withoutLeadingMention("  <@UBOT|rapport>   link acme", "UBOT"));
        assertEquals("<@U2> link acme", Markup.withoutLeadingMention("<@U2> link acme", "UBOT"));
        assertEquals("link acme", Markup.withoutLeadingMention("<@U2> link acme", null));
    }
}
