package io.rapport.core.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.testing.FuzzText;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The command grammar under hostile text: whatever is typed, the parser returns a command or says what was
 * wrong in a short sentence; it never fails any other way.
 */
class CommandParserFuzzTest {
    /** Long enough for any usage line plus the part of the typed text it quotes. */
    static final int CLEAR = 600;

    @Provide
    Arbitrary<String> text() {
        return FuzzText.any();
    }

    @Property(tries = 300_000)
    void any_text_parses_or_gets_a_short_clear_reason(@ForAll("text") String text) {
        try {
            assertNotNull(CommandParser.parse(text));
        } catch (UsageException refused) {
            assertClear(refused.getMessage());
        }
    }

    @Property(tries = 300)
    void giant_text_parses_or_gets_a_short_clear_reason(@ForAll("giant") String text) {
        any_text_parses_or_gets_a_short_clear_reason(text);
    }

    @Provide
    Arbitrary<String> giant() {
        return FuzzText.giant();
    }

    static void assertClear(String message) {
        assertNotNull(message);
        assertFalse(message.isBlank(), "blank message");
        assertTrue(message.length() <= CLEAR, () -> "a " + message.length() + "-character message: "
                + message.substring(0, 200) + "…");
    }
}
