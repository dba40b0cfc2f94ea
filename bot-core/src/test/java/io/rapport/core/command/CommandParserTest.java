package io.rapport.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.Direction;
import io.rapport.core.model.Tier;
import io.rapport.core.model.TouchKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandParserTest {

    @Test
    void add_takes_a_multi_word_name_a_tier_and_an_owner() {
        var add = assertInstanceOf(Command.Add.class, CommandParser.parse("add Acme Corp tier key owner @sam"));
        assertEquals("Acme Corp", add.name());
        assertEquals(Tier.KEY, add.tier());
        assertEquals("sam", add.owner());
    }

    @Test
    void a_quoted_name_may_contain_the_word_tier() {
        var add = assertInstanceOf(Command.Add.class, CommandParser.parse("add \"Tier One Logistics\""));
        assertEquals("Tier One Logistics", add.name());
        assertNull(add.tier());
    }

    @Test
    void curly_quotes_from_chat_clients_group_words_too() {
        var show = assertInstanceOf(Command.Show.class, CommandParser.parse("show “Acme Corp”"));
        assertEquals("Acme Corp", show.customer());
    }

    @Test
    void the_slash_prefix_is_optional() {
        assertInstanceOf(Command.Mine.class, CommandParser.parse("/rapport mine"));
        assertInstanceOf(Command.Mine.class, CommandParser.parse("MINE"));
    }

    @Test
    void log_reads_kind_direction_and_note() {
        var log = assertInstanceOf(Command.Log.class, CommandParser.parse("log acme thanks in for the intro"));
        assertEquals(TouchKind.THANKS, log.kind());
        assertEquals(Direction.IN, log.direction());
        assertEquals("for the intro", log.note());
        var noDirection = assertInstanceOf(Command.Log.class, CommandParser.parse("log acme call quarterly review"));
        assertNull(noDirection.direction());
        assertEquals("quarterly review", noDirection.note());
    }

    @Test
    void promise_splits_on_the_last_by() {
        var p = assertInstanceOf(Command.Promise.class,
                CommandParser.parse("promise acme send the report signed by legal by Friday 3pm"));
        assertEquals("send the report signed by legal", p.what());
        assertEquals("Friday 3pm", p.when());
    }

    @Test
    void every_command_of_the_catalog_parses_its_own_example() {
        for (CommandSpec spec : CommandCatalog.all()) {
            Command parsed = CommandParser.parse(spec.example());
            assertTrue(parsed.getClass().getSimpleName().equalsIgnoreCase(spec.name()),
                    spec.example() + " parsed as " + parsed);
        }
    }

    @Test
    void snooze_reads_short_durations() {
        var s = assertInstanceOf(Command.Snooze.class, CommandParser.parse("snooze N12 1w"));
        assertEquals("n12", s.id());
        assertEquals(Duration.ofDays(7), s.duration());
        assertEquals(Duration.ofHours(3),
                assertInstanceOf(Command.Snooze.class, CommandParser.parse("snooze n1 3 hours")).duration());
    }

    @Test
    void an_unknown_command_suggests_the_closest_one() {
        var e = assertThrows(UsageException.class, () -> CommandParser.parse("shwo acme"));
        assertTrue(e.getMessage().contains("Did you mean `show`"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "add|Give the customer's name.",
        "add acme tier gold|\"gold\" is not a tier",
        "add acme owner sam|is not a person",
        "log acme|Missing the kind of touch",
        "log acme thnks|did you mean thanks",
        "promise acme send the deck|Say by when",
        "promise acme by Friday|Say what you promised",
        "feedback acme 7|is not a score",
        "snooze n1|Say for how long",
        "snooze n1 soonish|is not a duration",
        "reassign n1 sam|is not a person",
        "contact acme|Missing the contact",
        "date acme renewal|Missing the date",
        "note acme|Missing the note"})
    void malformed_commands_say_what_is_wrong_and_show_an_example(String input, String expected) {
        var e = assertThrows(UsageException.class, () -> CommandParser.parse(input));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        String name = input.split(" ")[0];
        assertEquals(name, e.spec().name());
        assertTrue(e.spec().example().startsWith(name));
    }

    @Test
    void an_unclosed_quote_is_reported() {
        var e = assertThrows(UsageException.class, () -> CommandParser.parse("note acme \"likes golf"));
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void empty_input_is_help() {
        assertInstanceOf(Command.Help.class, CommandParser.parse("   "));
    }
}
