package io.rapport.core.time;

import static io.rapport.core.time.DueAssertions.NEW_YORK;
import static io.rapport.core.time.DueAssertions.PARSER;
import static io.rapport.core.time.DueAssertions.said;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Locating the committed due phrase inside whole messages, said on Wednesday 17 June 2026, 10:30 New York. */
class FindInMessagesTest {

    private static final ZonedDateTime WEDNESDAY = said("2026-06-17T10:30", NEW_YORK);

    @Test
    void finds_the_phrase_with_its_offsets_and_resolution() {
        String message = "I'll send it by Friday, promise";
        DueMatch m = PARSER.find(message, WEDNESDAY, "en-US").orElseThrow();
        assertEquals("by Friday", m.phrase());
        assertEquals(13, m.start());
        assertEquals(22, m.end());
        assertEquals(m.phrase(), message.substring(m.start(), m.end()));
        assertEquals(OffsetDateTime.parse("2026-06-19T17:00-04:00"), m.due().toOffsetDateTime());
    }

    @ParameterizedTest(name = "{0}  ->  \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "Thanks! I'll get back to you in a couple of days.|in a couple of days",
        "We'll ship the fix tomorrow morning and confirm on Friday.|tomorrow morning",
        "I'll have the renewal quote over by the 20th.|by the 20th",
        "Sure, by EOD.|by EOD",
        "will ping u in 30 mins w/ an update|in 30 mins",
        "We offer 24/7 support, and I'll call you tomorrow.|tomorrow",
        "I'll migrate 3/4 of the tenants today.|today",
        "We sat down with product and will follow up on Wednesday.|on Wednesday",
        "I can't commit to a launch date, but I'll send a status update on Thursday.|on Thursday",
        "Per our call, the team is deploying the patch tonight after 10pm ET.|tonight after 10pm ET",
        "Leave it with me: you'll have the numbers first thing Monday.|first thing Monday",
        "<@U0FRIDAY1> I'll have the DPA back to you by Mar 3rd.|by Mar 3rd",
        "I'm sorry about this. I'm escalating now and should have an answer within 2 hrs.|within 2 hrs",
        "Will do, I'll have it done by 5.|by 5",
        "The team is re-indexing everything over the weekend.|over the weekend",
        "Yep, tomorrow!|tomorrow",
    })
    void finds_the_first_committed_due_phrase(String message, String phrase) {
        Optional<DueMatch> m = PARSER.find(message, WEDNESDAY, "en-US");
        assertTrue(m.isPresent(), () -> "nothing found in: " + message);
        assertEquals(phrase, m.get().phrase());
        assertEquals(phrase, message.substring(m.get().start(), m.get().end()));
    }

    @ParameterizedTest(name = "nothing in: {0}")
    @ValueSource(strings = {
        "Could we do Friday instead?",
        "Will the fix be live by Friday?",
        "Should I send the contract over on Monday, or would Tuesday suit?",
        "Would next Tuesday at 2pm work for the demo?",
        "Sorry, we won't have it ready by Friday.",
        "I sent the invoice on Monday.",
        "The credit note was issued on the 3rd.",
        "I'm out of office tomorrow, Dana is covering.",
        "Kim is on leave until the 28th.",
        "Happy to help - the quarterly review is next month.",
        "If you send the logs by Monday we'll take a look.",
        "Wish I could promise Wednesday, but honestly it won't make it.",
        "See you soon!",
        "We normally ship this kind of change within a quarter.",
        "Support is 24/7 for enterprise plans.",
        "I'll keep an eye on <https://status.example.com/3/4|status on 3/4> for you.",
        "I'll run `deploy --by friday` locally.",
        "I'll sync with them on a Friday.",
        "We're scaling the cluster up for Black Friday.",
        "Happy Friday everyone!",
        "Appreciate you answering on a Saturday night, no need to!",
        "This is the 4th time I've raised it.",
        "It's Q4 already.",
        "I'll get it signed off by 5 people.",
        "Attached is the summary I said I'd share last Tuesday.",
    })
    void ignores_dates_that_are_not_commitments(String message) {
        Optional<DueMatch> m = PARSER.find(message, WEDNESDAY, "en-US");
        assertTrue(m.isEmpty(), () -> "found \"" + m.get().phrase() + "\" in: " + message);
    }

    @Test
    void a_quoted_line_is_context_not_the_writers_own_date() {
        DueMatch m = PARSER.find("> can you do it by Monday?\nYes, we'll get it done tomorrow.", WEDNESDAY, "en-US")
                .orElseThrow();
        assertEquals("tomorrow", m.phrase());
    }

    @Test
    void a_teams_mention_is_a_name_not_a_date() {
        DueMatch m = PARSER.find("<at>April 20</at> I'll send the summary tomorrow.", WEDNESDAY, "en-US").orElseThrow();
        assertEquals("tomorrow", m.phrase());
    }

    @Test
    void a_vague_promise_has_no_due_phrase() {
        assertTrue(PARSER.find("I'll get back to you asap.", WEDNESDAY, "en-US").isEmpty());
    }

    @Test
    void a_uk_message_reads_its_slash_date_day_first() {
        DueMatch m = PARSER.find("Our engineers will deploy the fix on 3/4.", said("2026-01-10T09:00", DueAssertions.LONDON), "en-GB")
                .orElseThrow();
        assertEquals("on 3/4", m.phrase());
        assertEquals(OffsetDateTime.parse("2026-04-03T17:00+01:00"), m.due().toOffsetDateTime());
    }

    @Test
    void an_empty_or_missing_message_finds_nothing() {
        assertTrue(PARSER.find("", WEDNESDAY, "en-US").isEmpty());
        assertTrue(PARSER.find(null, WEDNESDAY, "en-US").isEmpty());
    }

    @Test
    void explain_says_how_a_phrase_was_read() {
        assertEquals(Optional.of("the next Friday after today, at 17:00"), PARSER.explain("by Friday", "en-US"));
        assertEquals(Optional.of("March 3 this year, or next year once passed, at 17:00"),
                PARSER.explain("by 3rd March", "en-GB"));
        assertEquals(Optional.of("this afternoon: 14:00 today, or 17:00 if 14:00 has passed, or 14:00 tomorrow once the"
                + " period is over"), PARSER.explain("this afternoon", "en-US"));
        assertEquals(Optional.empty(), PARSER.explain("asap", "en-US"));
    }
}
