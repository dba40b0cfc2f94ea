package io.rapport.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Promises and defensive tone in teammates' replies, said on Wednesday 17 June 2026, 10:30 in London. */
class TeammateDetectorTest {

    private static final ZonedDateTime WEDNESDAY = ZonedDateTime.of(2026, 6, 17, 10, 30, 0, 0, ZoneId.of("Europe/London"));

    private final TeammateDetector detector = new RuleBasedTeammateDetector();

    private TeammateAnalysis read(String text) {
        return detector.analyze(text, WEDNESDAY, "en-GB");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "I'll send over the updated SOW by Thursday.",
        "We'll get the hotfix deployed tonight.",
        "Let me look into it and come back to you by end of day.",
        "Our support team will reach out tomorrow morning to schedule the upgrade.",
        "You'll get the credit note before the end of the week.",
        "I'm going to raise this with product on Monday.",
        "Sure, by Friday.",
        "Will ping you once the migration finishes.",
        "We should have the new build ready by the 20th.",
        "I'll check with the team and get back to you.",
        "Priya will run the training on the 9th.",
        "No promises, but I'll ask engineering.",
        "I'll do my best to have the report to you by Wednesday.",
        "We're rolling the fix out this afternoon.",
        "I'll have the revised quote with you by Monday morning.",
        "We're going to migrate your tenant this weekend.",
        "Let me chase the carrier and I'll report back this afternoon.",
        "Our billing team will credit the difference on your next statement.",
        "I'll get legal to review the DPA this week.",
        "We'll make sure it's fixed before the audit.",
        "Expect an update from me by 3pm.",
        "Consider it done, I'll send the invite shortly.",
        "I'll look at the logs first thing in the morning.",
        "we will push the config change tonight and confirm tmrw",
        "Happy to, I'll set that up today.",
        "I'm going to personally monitor the next run on Friday.",
    })
    void a_commitment_by_the_writers_side_is_a_promise(String text) {
        TeammateAnalysis a = read(text);
        assertTrue(a.commits(), () -> "for: " + text + "  [" + a.evidence() + "]");
        assertFalse(a.evidence().isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Thanks, glad it worked!",
        "Did the fix I deployed yesterday solve it?",
        "Could you send me a screenshot of the error by Friday?",
        "If you'd like, I can set up a call next week.",
        "I won't have the numbers until the board signs off, sorry.",
        "We can't commit to that timeline right now.",
        "I'm on holiday next week, Sam will cover.",
        "I'll be OOO tomorrow.",
        "The patch went live on Monday.",
        "Shall I book a slot for Thursday?",
        "Let me know if you need anything else.",
        "As promised, here's the deck from the call.",
        "Releases usually go out on Tuesdays.",
        "You told us the export would be ready by Thursday, is it there yet?",
        "I promised my kids I'd leave early on Friday.",
        "Let's see if the issue comes back after the restart.",
        "Hope the demo went well!",
        "Can you confirm the address for the hardware shipment?",
        "We sent the replacement unit last Tuesday.",
        "I might be able to look at this next week, no promises.",
        "We don't have a date for that feature yet.",
        "I was going to call you yesterday but got pulled into a meeting.",
        "If the error persists, please raise a new ticket.",
        "Our engineers are looking into it.",
        "Would it help if I sent over a sample file?",
        "Marta is off until Monday.",
        "Thanks for your patience, and sorry again for the disruption.",
        "You're right, we should have warned you earlier.",
    })
    void questions_conditions_negations_absences_and_past_deliveries_are_not_promises(String text) {
        TeammateAnalysis a = read(text);
        assertFalse(a.commits(), () -> "for: " + text + "  [" + a.evidence() + "]");
        assertTrue(a.promise().isEmpty());
        assertEquals("", a.what());
    }

    @Test
    void the_due_phrase_resolves_in_the_teammates_zone() {
        TeammateAnalysis a = read("I'll send the SOC 2 report over by Friday.");
        assertEquals("by Friday", a.duePhrase());
        assertEquals(OffsetDateTime.parse("2026-06-19T17:00+01:00"), a.promise().orElseThrow().due().toOffsetDateTime());
        assertEquals("send the SOC 2 report over", a.what());
    }

    @Test
    void the_locale_decides_how_a_numeric_date_reads() {
        String text = "Our engineers will deploy the fix on 3/7.";
        ZonedDateTime us = detector.analyze(text, WEDNESDAY, "en-US").promise().orElseThrow().due();
        ZonedDateTime gb = detector.analyze(text, WEDNESDAY, "en-GB").promise().orElseThrow().due();
        assertEquals(7, us.getDayOfMonth());
        assertEquals(3, gb.getDayOfMonth());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "I'll post an update here once finance gets back to me.|once finance gets back to me",
        "We'll ship a patch for the CSV encoding with the next version.|with the next version",
        "On it, will confirm shortly.|shortly",
        "Leave that one with me; you'll hear from me before your quarterly review.|before your quarterly review",
    })
    void an_event_or_a_vague_time_is_kept_as_written_without_an_instant(String text, String phrase) {
        TeammateAnalysis a = read(text);
        assertTrue(a.commits(), a.evidence());
        assertEquals(phrase, a.duePhrase());
        assertTrue(a.promise().isEmpty());
    }

    @Test
    void a_promise_without_a_time_has_what_but_no_due() {
        TeammateAnalysis a = read("I'll ask our billing lead and come back to you.");
        assertTrue(a.commits());
        assertNull(a.duePhrase());
        assertTrue(a.what().startsWith("ask our billing lead"), a.what());
    }

    @Test
    void the_action_comes_from_the_first_commitment_that_names_one() {
        assertEquals("get the duplicate accounts sorted", read("Leave it with me, I'll get the duplicate accounts sorted today.").what());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "As I said in my previous email, the limit is per account.",
        "Per my last email, this was already addressed.",
        "That's how the feature is designed to work.",
        "The problem is on your end, your firewall is blocking our IPs.",
        "You should have checked the release notes before upgrading.",
        "I understand your frustration, however this is clearly documented in our terms.",
        "This only affects a handful of users, it's hardly an outage.",
        "We can't be held responsible for third-party outages.",
        "Look, we've already credited you twice. Don't expect another one.",
        "It's working as designed.",
        "Frankly, this is a user error — the CSV had the wrong delimiter.",
        "We did flag this in the release notes last month, which you would have seen.",
        "As explained previously, we don't offer refunds on annual plans.",
        "Honestly, nobody else has reported this, so it must be your network.",
        "That's simply not how the product works.",
    })
    void arguing_blaming_or_minimising_is_defensive(String text) {
        TeammateAnalysis a = read(text);
        assertTrue(a.defensive(), () -> "for: " + text + "  [" + a.evidence() + "]");
        assertTrue(a.evidence().contains("defensive"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "I'm so sorry about this, you're right to be upset.",
        "That's completely on us, and I apologise.",
        "Per our discussion, the renewal terms are attached.",
        "As discussed, the migration window is Saturday.",
        "In hindsight we should have caught that in testing.",
        "Actually, good news: the fix is live.",
    })
    void validating_and_neutral_replies_are_not_defensive(String text) {
        TeammateAnalysis a = read(text);
        assertFalse(a.defensive(), () -> "for: " + text + "  [" + a.evidence() + "]");
    }

    @Test
    void a_defensive_reply_can_still_promise() {
        TeammateAnalysis a = read("As I already explained, the quota is per workspace. I'll resend the doc tomorrow.");
        assertTrue(a.defensive());
        assertTrue(a.commits());
        assertEquals("tomorrow", a.duePhrase());
    }

    @Test
    void markup_does_not_hide_or_invent_a_promise() {
        assertTrue(read("<@U0CUST1> I'll ping you once the certificate is renewed.").commits());
        assertFalse(read("> I'll send it by Friday\nDid you get it?").commits());
    }

    @Test
    void the_four_part_constructor_keeps_the_original_contract() {
        TeammateAnalysis none = TeammateAnalysis.nothing();
        assertFalse(none.commits());
        assertNull(none.duePhrase());
        TeammateAnalysis timeless = new TeammateAnalysis(java.util.Optional.empty(), "check the logs", false, "");
        assertTrue(timeless.commits(), "a named action without a time is still a promise");
    }

    @Test
    void empty_text_reads_as_nothing() {
        assertFalse(read("").commits());
        assertFalse(read(null).defensive());
    }

    @Test
    void a_promise_at_the_top_of_a_giant_paste_is_found_and_one_buried_past_the_read_limit_is_not() {
        String log = "build 4411 step 7 of 9 finished without errors\n".repeat(4_000);
        assertTrue(read("I'll send the fixed export by Friday.\n" + log).promise().isPresent());
        assertTrue(read(log + "I'll send the fixed export by Friday.").promise().isEmpty());
    }
}
