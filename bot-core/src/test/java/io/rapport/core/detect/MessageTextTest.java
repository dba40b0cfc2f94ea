package io.rapport.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading chat text into words: markup, spellings, sentences and the spans evidence quotes. */
class MessageTextTest {

    private static List<String> norms(String text) {
        return new MessageText(text).words().stream().map(MessageText.Word::norm).toList();
    }

    @Test
    void mentions_and_emoji_become_single_words_and_keep_their_spans() {
        String text = "<@U0ABC|dana> and <at>Rahul Mehta</at> :thumbsup: 🙏";
        MessageText t = new MessageText(text);
        assertEquals(List.of("@mention", "and", "@mention", ":+1:", ":pray:"), norms(text));
        assertEquals("<@U0ABC|dana>", t.raw(0));
        assertEquals("<at>Rahul Mehta</at>", t.raw(2));
        assertEquals(MessageText.Kind.MENTION, t.word(2).kind());
    }

    @Test
    void quotes_code_and_link_targets_are_not_the_writers_words() {
        assertEquals(List.of("see", "the", "guide"), norms("> we will fix it\nsee <https://x.example.com/a?b=1|the guide>"));
        assertEquals(List.of("why", "now"), norms("why `rm -rf` now\n```\nbroken stuff\n```"));
        assertEquals(List.of("here"), norms("here <https://files.example.com/report.csv>"));
    }

    @Test
    void chat_spellings_read_as_the_words_they_stand_for() {
        assertEquals(List.of("thank", "you", "please", "you", "are", "great"), norms("ty pls u r gr8"));
        assertEquals(List.of("thanks", "so", "much"), norms("thanksss sooo much"));
        assertEquals(List.of("don't", "recognize", "the", "behavior"), norms("dont recognise the behaviour"));
    }

    @Test
    void sentences_end_at_marks_and_line_breaks_but_not_inside_numbers() {
        MessageText t = new MessageText("Version 2.5.1 is out. Does it fix SSO?\nthanks");
        assertEquals(3, t.sentenceCount());
        assertFalse(t.isQuestion(0));
        assertTrue(t.isQuestion(1));
        assertEquals("2.5.1", t.norm(1));
    }

    @Test
    void capitals_tell_names_from_shouting() {
        MessageText t = new MessageText("Priya said WHY is the CSM app down");
        assertTrue(t.word(0).capital());
        assertTrue(t.word(2).upper());
        assertFalse(t.shouting());
        assertTrue(new MessageText("WHY IS NOBODY ANSWERING US").shouting());
    }

    @Test
    void quote_returns_the_original_text_between_words() {
        MessageText t = new MessageText("Thanks so much, Tomás!");
        assertEquals("so much, Tomás", t.quote(1, 4));
    }

    @Test
    void only_the_first_stretch_of_a_giant_paste_is_read_and_a_pair_is_never_cut_in_half() {
        String shortOne = "a short message";
        assertTrue(shortOne == MessageText.readable(shortOne), "short text is read whole, not copied");
        String giant = "x".repeat(MessageText.MAX_READ - 1) + "\uD83D\uDE4F" + "y".repeat(100_000);
        String read = MessageText.readable(giant);
        assertEquals(MessageText.MAX_READ - 1, read.length(), "the emoji's pair straddles the limit: left out whole");
        assertFalse(Character.isHighSurrogate(read.charAt(read.length() - 1)));
        assertEquals(MessageText.MAX_READ, MessageText.readable("z".repeat(50_000)).length());
    }
}
