package io.rapport.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The phrase notation: words, prefixes, alternatives, gaps, numbers, ordinals, mentions and negation. */
class PhraseIndexTest {

    private enum K { A }

    private static List<PhraseIndex.Hit<K>> find(String phrase, String text) {
        Map<K, List<String>> table = PhraseIndex.table(K.class);
        table.put(K.A, List.of(phrase));
        return new PhraseIndex<>(table).find(new MessageText(text));
    }

    private static String first(String phrase, String text) {
        List<PhraseIndex.Hit<K>> hits = find(phrase, text);
        assertFalse(hits.isEmpty(), () -> "'" + phrase + "' not found in: " + text);
        return new MessageText(text).quote(hits.get(0).from(), hits.get(0).to());
    }

    @Test
    void words_prefixes_and_alternatives_match_canonical_words() {
        assertEquals("Frustrating", first("frustrat*", "Frustrating, again."));
        assertEquals("pass your details", first("pass*/shar* your name/details", "can I pass your details on"));
        assertEquals("thx for", first("thanks for", "thx for that"));
    }

    @Test
    void gaps_skip_a_few_words_but_never_a_sentence_end() {
        assertEquals("thanks so much for", first("thanks .. for", "thanks so much for the fix"));
        assertTrue(find("thanks .. for", "thanks. The fix for the bug").isEmpty());
        assertEquals("told our partners at Beacon about you", first("told ... about you", "we told our partners at Beacon about you"));
    }

    @Test
    void numbers_ordinals_and_mentions_have_their_own_elements() {
        assertEquals("4th time", first("#ord time", "this is the 4th time"));
        assertEquals("third time", first("#ord time", "the third time today"));
        assertEquals("open 9 days", first("open # days", "ticket open 9 days"));
        assertEquals("adding <@U0X1>", first("adding @", "adding <@U0X1> here"));
    }

    @Test
    void a_hit_knows_when_a_negation_comes_just_before_it() {
        assertTrue(find("happy", "we are not really happy").get(0).negated());
        assertFalse(find("happy", "not that it matters, we are happy").get(0).negated());
    }

    @Test
    void a_phrase_cannot_open_with_a_gap() {
        assertThrows(IllegalArgumentException.class, () -> find(".. for", "thanks for"));
    }
}
