package io.rapport.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The decision rules for hard customer messages: precedence, sarcasm, negation, severity, polarity, markup. */
class CustomerHardCasesTest {

    private final GestureDetector detector = new RuleBasedGestureDetector();

    private Detection detect(String text) {
        return detector.classify(text);
    }

    private void label(String expected, String text) {
        Detection d = detect(text);
        assertEquals(expected, d.label(), () -> "for: " + text + "  [" + d.evidence() + "]");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Thanks for nothing, really.",
        "oh wonderful, the API is down again",
        "wow. five days for a reply on a priority ticket",
        "Thanks for the patch, but the import still fails.",
        "Appreciate the call, however nothing has changed and we still have no fix.",
        "Thanks so much for actually reading my ticket for once, the importer is STILL dropping rows.",
    })
    void sarcastic_or_contradicted_thanks_is_a_complaint(String text) {
        label("complaint", text);
    }

    @Test
    void thanks_in_advance_or_a_closing_thanks_leaves_a_question_or_request_as_it_is() {
        label("question", "Does the API support cursor pagination? Thanks in advance!");
        label("question", "quick q: is SSO part of the standard plan? TIA");
        label("request", "Please add Tom to the admin group. Thanks!");
        label("request", "Can you resend the March invoice? thx");
    }

    @Test
    void gratitude_for_something_done_wins_over_a_trailing_ask() {
        label("thanks", "Thank you so much for restoring the archive yesterday. One more thing: could you also re-run the index?");
    }

    @Test
    void a_decline_is_neutral() {
        label("neutral", "No thanks, we're good for now.");
        label("neutral", "no need, we sorted it ourselves");
    }

    @Test
    void negation_turns_contentment_into_a_complaint_and_praise_into_criticism() {
        label("complaint", "Not happy with how this was handled.");
        Detection d = detect("The new navigation isn't intuitive at all.");
        assertEquals("feedback", d.label(), d.evidence());
        assertEquals("negative", d.polarity());
    }

    @Test
    void a_message_that_says_it_is_no_complaint_is_feedback() {
        Detection d = detect("Not a complaint, just an observation: the calendar view could be clearer.");
        assertEquals("feedback", d.label(), d.evidence());
        assertEquals("negative", d.polarity());
    }

    @ParameterizedTest(name = "severity {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "1|😡",
        "1|ugh, the dashboard is a bit slow today",
        "1|the docs are wrong about the date format, wasted an hour on it",
        "2|WHY DOES THE EXPORT KEEP FAILING EVERY SINGLE DAY",
        "2|Third failed sync in a row, our stores can't invoice.",
        "2|We've been waiting since Monday for a response. Really frustrating.",
        "2|The outage breached the 99.5% uptime in our SLA and we expect service credits.",
        "3|We'd like to let you know that we won't renew next year.",
        "3|We are reviewing our options ahead of the renewal.",
        "3|I'm taking this to our VP of Engineering today.",
        "3|If this isn't resolved by Friday our lawyers will be in touch.",
    })
    void complaint_severity_follows_annoyance_frustration_and_threat(int severity, String text) {
        Detection d = detect(text);
        assertEquals("complaint", d.label(), () -> text + "  [" + d.evidence() + "]");
        assertEquals(severity, d.severity(), () -> text + "  [" + d.evidence() + "]");
    }

    @Test
    void praise_with_a_lingering_issue_stays_praise_and_names_the_person() {
        Detection d = detect("Nadia was fantastic on the call. The export is still a bit flaky, but she's on it.");
        assertEquals("praise", d.label(), d.evidence());
        assertEquals(List.of("Nadia"), d.praised());
    }

    @Test
    void a_clear_complaint_beside_praise_is_a_complaint() {
        label("complaint", "Tom has been great, but this outage is unacceptable and our CEO wants answers.");
    }

    @Test
    void thanking_a_named_person_without_evaluating_them_is_thanks() {
        Detection d = detect("Thank you <@U0ABC12> — the new key works.");
        assertEquals("thanks", d.label(), d.evidence());
        assertEquals(List.of(), d.praised());
    }

    @Test
    void praised_people_are_quoted_exactly_as_written() {
        assertEquals(List.of("<@U0PRIYA9>"), detect("<@U0PRIYA9> is a rockstar, thank you!").praised());
        assertEquals(List.of("<at>Lucy Chen</at>"), detect("<at>Lucy Chen</at> went above and beyond for us").praised());
        assertEquals(List.of("<@U0AAA1>", "<@U0BBB2>"), detect("Shoutout to <@U0AAA1> and <@U0BBB2>, great job!").praised());
        assertEquals(List.of("Ingrid"), detect("Please forward this to Ingrid's manager, she was superb.").praised());
        assertEquals(List.of("Hamid"), detect("Could you pass our thanks on to Hamid?").praised());
        assertEquals(List.of("José"), detect("José deserves a raise, honestly.").praised());
        assertEquals(List.of(), detect("Kudos to the whole support crew in Leeds, brilliant work.").praised());
    }

    @Test
    void praising_the_product_is_positive_feedback_not_praise() {
        Detection d = detect("The new dashboard is fantastic.");
        assertEquals("feedback", d.label(), d.evidence());
        assertEquals("positive", d.polarity());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "positive|Really like the new timeline view, very handy.",
        "negative|Suggestion: let admins bulk-edit user roles.",
        "negative|fwiw the mobile layout feels cramped and hard to use",
        "mixed|Search is fast but the filters are confusing.",
        "mixed|We'd rate the new release 7/10.",
        "positive|Our ops team would give you a 9 out of 10 for the rollout.",
    })
    void feedback_polarity_weighs_praise_against_gaps(String polarity, String text) {
        Detection d = detect(text);
        assertEquals("feedback", d.label(), () -> text + "  [" + d.evidence() + "]");
        assertEquals(polarity, d.polarity(), d.evidence());
    }

    @Test
    void asking_whether_a_referral_programme_exists_is_a_question() {
        label("question", "Do you run a referral programme for agencies?");
    }

    @Test
    void an_operational_handoff_is_neutral_not_a_referral() {
        label("neutral", "Introducing Kim, who takes over billing from now on.");
    }

    @Test
    void swag_offered_to_the_team_is_a_gift_and_swag_asked_for_is_a_request() {
        label("gift", "We'd like to send your support team some hoodies as a thank-you, what sizes?");
        label("request", "Could you send us some swag for our hackathon next month?");
    }

    @Test
    void quoted_text_is_context_and_only_the_writers_words_count() {
        label("neutral", "> Please send the signed order form\nDone, it went out this morning.");
        label("question", "> Thanks so much for your patience!\nAny update on the fix?");
    }

    @Test
    void code_blocks_are_set_aside() {
        label("question", "Why does this query return nothing?\n```\nSELECT * FROM jobs -- broken, unacceptable\n```");
    }

    @Test
    void a_link_keeps_its_label_and_loses_its_address() {
        label("gift", "Figured your engineers would enjoy this: <https://example.org/notes|our write-up on retry storms>");
        label("neutral", "Here is the export: <https://files.example.com/x/unacceptable-errors.csv>");
    }

    @ParameterizedTest(name = "{1} is {0}")
    @CsvSource(delimiter = '|', value = {
        "thanks|🙏",
        "thanks|:pray:",
        "neutral|👍",
        "neutral|:+1:",
        "neutral|👀",
        "complaint|😡",
        "complaint|:rage:",
    })
    void emoji_only_messages_follow_the_corpus_rules(String label, String text) {
        label(label, text);
    }

    @Test
    void chat_spellings_typos_and_registers_read_as_their_words() {
        label("thanks", "thnx sooo much for ur help!!");
        label("request", "pls reset the pwd for our ops account");
        label("request", "Kindly do the needful and share the revised invoice at the earliest.");
        label("thanks", "Cheers for sorting that, much appreciated.");
        label("complaint", "this is RIDICULOUS, third time the export has failed");
    }

    @Test
    void the_evidence_names_the_words_that_decided() {
        Detection d = detect("We're evaluating alternatives because the outages keep happening.");
        assertEquals("complaint", d.label());
        assertTrue(d.evidence().contains("evaluating alternatives"), d.evidence());
        assertTrue(d.evidence().contains("keep happening"), d.evidence());
    }

    @Test
    void empty_or_missing_text_is_neutral() {
        label("neutral", "");
        label("neutral", "   ");
        assertEquals("neutral", detector.classify(null).label());
    }

    @Test
    void a_giant_paste_is_judged_by_its_opening_not_by_what_is_buried_past_the_read_limit() {
        String log = "2026-06-17 10:31:07 INFO request served in 12 ms\n".repeat(4_000);
        label("thanks", "Thanks a lot for pulling these logs for us!\n" + log);
        label("neutral", log + "Thanks a lot for pulling these logs for us!");
    }
}
