package io.rapport.core.detect;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.testing.FuzzText;
import io.rapport.core.time.DueMatch;
import io.rapport.core.time.DueParser;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.function.Executable;

/**
 * Detection's entry points (the customer gesture detector, the teammate detector, the due-date parser) under
 * hostile text: they never throw, every answer is well formed, and giant or adversarial messages (markup openers
 * that never close, repeated 100,000 characters long) finish. Every try runs under a generous limit, far above
 * what it takes, that only an endless loop, a runaway regex or a quadratic scan reaches.
 */
class DetectionFuzzTest {
    /** Per giant try; the slowest 100,000-character message takes a few seconds on a loaded machine. */
    private static final Duration RUNAWAY = Duration.ofSeconds(20);
    /** Per ordinary try (up to 200 characters): milliseconds normally. */
    private static final Duration ORDINARY = Duration.ofSeconds(10);
    private static final String[] LOCALES = {"en-US", "en-GB", "en-IN", "en-AU", "fr-FR", "", "x"};
    private static final String[] ZONES = {"UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata",
        "Australia/Sydney", "Pacific/Kiritimati", "Pacific/Pago_Pago"};
    /** Openers of every markup the detectors mask, and the pieces their grammars start on, each never finished. */
    private static final String[] OPENERS = {"<at>", "<at>x", "```", "`", "<@U", "<@U1|", "<#", "<!", "<https:",
        "<mailto:", "<", ":a", ":", "> ", "&gt;", "&", "@", "1", "1/", "1/2/", "3pm ", "by ", "by friday ", "in 2 ",
        "next ", "end of ", "thank", "thanks ", "!!", "?", "not ", "'", "\"", "“", "12:", "2026-", "q1 ", "x",
        "\u202E", "\u200B", "😀", "e\u0301"};
    private final RuleBasedGestureDetector gestures = new RuleBasedGestureDetector();
    private final RuleBasedTeammateDetector teammates = new RuleBasedTeammateDetector();
    private final DueParser due = new DueParser();

    @Provide
    Arbitrary<String> text() {
        return FuzzText.ordinary();
    }

    @Provide
    Arbitrary<String> giant() {
        return Arbitraries.oneOf(FuzzText.giant(), FuzzText.giant(),
                Arbitraries.of(OPENERS).map(o -> o.repeat(FuzzText.GIANT / o.length())),
                Arbitraries.of(OPENERS).list().ofMinSize(2).ofMaxSize(4).map(os -> String.join("", os))
                        .map(o -> o.repeat(FuzzText.GIANT / o.length())));
    }

    @Provide
    Arbitrary<ZonedDateTime> when() {
        return Arbitraries.randomValue(r -> Instant.ofEpochSecond((long) (r.nextDouble() * 4_102_444_800L))
                .atZone(ZoneId.of(ZONES[r.nextInt(ZONES.length)])));
    }

    @Provide
    Arbitrary<String> locale() {
        return Arbitraries.of(LOCALES);
    }

    @Property(tries = 12_000)
    void any_customer_message_is_classified(@ForAll("text") String text) {
        within(ORDINARY, text, () -> {
            Detection d = gestures.classify(text);
            assertNotNull(d.kind());
            assertNotNull(d.label());
            assertNotNull(d.evidence());
        });
    }

    @Property(tries = 12_000)
    void any_teammate_message_is_read(@ForAll("text") String text, @ForAll("when") ZonedDateTime at,
                                      @ForAll("locale") String locale) {
        within(ORDINARY, text, () -> {
            TeammateAnalysis a = teammates.analyze(text, at, locale);
            assertNotNull(a.promise());
            a.promise().ifPresent(p -> assertFound(text, p));
        });
    }

    @Property(tries = 8_000)
    void any_due_phrase_resolves_or_is_not_a_time(@ForAll("text") String text, @ForAll("when") ZonedDateTime at,
                                                   @ForAll("locale") String locale) {
        within(ORDINARY, text, () -> {
            assertNotNull(due.resolve(text, at, locale));
            assertNotNull(due.explain(text, locale));
            due.find(text, at, locale).ifPresent(p -> assertFound(text, p));
        });
    }

    @Property(tries = 20)
    void giant_and_adversarial_messages_finish(@ForAll("giant") String text, @ForAll("when") ZonedDateTime at) {
        within(RUNAWAY, text, () -> {
            assertNotNull(gestures.classify(text));
            assertNotNull(teammates.analyze(text, at, "en-US"));
            Optional<DueMatch> found = due.find(text, at, "en-GB");
            found.ifPresent(p -> assertFound(text, p));
            assertNotNull(due.resolve(text, at, "en-US"));
        });
    }

    /** Runs the check under a per-try limit, so an endless loop fails the property instead of hanging the build. */
    private static void within(Duration limit, String text, Executable check) {
        assertTimeoutPreemptively(limit, check, () -> "no answer within " + limit.toSeconds() + " s for a "
                + text.length() + "-character message starting " + text.substring(0, Math.min(60, text.length())));
    }

    private static void assertFound(String text, DueMatch p) {
        assertNotNull(p.due());
        assertTrue(p.start() >= 0 && p.start() <= p.end() && p.end() <= text.length(),
                () -> "span " + p.start() + ".." + p.end() + " outside a " + text.length() + "-character text");
    }
}
