package io.rapport.core.time;

import io.rapport.core.time.PhraseGrammar.Match;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves natural-language due phrases ("by Friday", "tomorrow morning", "in a couple of days",
 * "3/4", "EOD") to instants, following the team's due-phrase conventions: a bare date is due at 17:00,
 * mornings at 09:00, "next week" on Monday 09:00, hours are elapsed time and days keep the wall clock.
 * All calendar arithmetic happens in the reference's zone; weekends are not skipped except for an
 * explicit "business days".
 *
 * <p>Vague phrases ("asap", "soon", "shortly", "in a bit", "once the cert is renewed") are not times and
 * resolve to nothing. The parser is stateless, deterministic and thread-safe.
 */
public final class DueParser {

    private static final Set<String> TRAILING_PUNCTUATION = Set.of(".", "!", ",", ";", ":");

    /**
     * Resolves a due phrase against the instant it was said, in the teammate's zone.
     *
     * @param locale {@code en-US} reads "3/4" as 4 March; any other locale (en-GB, en-IN, en-AU) as 3 April
     * @return empty when the phrase is not a time expression
     */
    public Optional<ZonedDateTime> resolve(String phrase, ZonedDateTime reference, String locale) {
        Objects.requireNonNull(reference, "reference");
        return parse(phrase, locale).map(spec -> spec.resolve(reference));
    }

    /** How {@link #resolve} reads the phrase, in words, e.g. "the next Friday after today, at 17:00". */
    public Optional<String> explain(String phrase, String locale) {
        return parse(phrase, locale).map(DueSpec::explain);
    }

    /**
     * Finds the first due phrase the writer commits to inside a longer message ("I'll send it by Friday,
     * promise") and resolves it. Dates in questions, negated or past clauses, conditions and absence
     * notes ("OOO tomorrow") are skipped, as is text inside mentions, links, code and quotes.
     */
    public Optional<DueMatch> find(String message, ZonedDateTime reference, String locale) {
        Objects.requireNonNull(reference, "reference");
        if (message == null || message.isBlank()) {
            return Optional.empty();
        }
        String masked = Tokens.maskMarkup(message);
        List<Token> tokens = Tokens.tokenize(masked);
        PhraseGrammar grammar = new PhraseGrammar(tokens, true, monthFirst(locale));
        PromiseContext context = new PromiseContext(tokens, masked);
        for (int i = 0; i < tokens.size(); i++) {
            Match m = grammar.at(i);
            if (m == null) {
                continue;
            }
            if (context.commits(m.start(), m.end())) {
                int from = tokens.get(m.start()).start();
                int to = tokens.get(m.end() - 1).end();
                return Optional.of(new DueMatch(message.substring(from, to), from, to, m.spec().resolve(reference)));
            }
            i = m.end() - 1; // a rejected phrase is rejected whole, not re-read from its middle
        }
        return Optional.empty();
    }

    private static Optional<DueSpec> parse(String phrase, String locale) {
        if (phrase == null) {
            return Optional.empty();
        }
        List<Token> tokens = Tokens.tokenize(phrase);
        int size = tokens.size();
        while (size > 0 && TRAILING_PUNCTUATION.contains(tokens.get(size - 1).norm())) {
            size--;
        }
        if (size == 0) {
            return Optional.empty();
        }
        PhraseGrammar grammar = new PhraseGrammar(tokens.subList(0, size), false, monthFirst(locale));
        Match m = grammar.at(0);
        return m != null && m.end() == size ? Optional.of(m.spec()) : Optional.empty();
    }

    /** Only US English writes month first; an absent or other locale reads day first. */
    static boolean monthFirst(String locale) {
        if (locale == null) {
            return false;
        }
        String[] parts = locale.replace('_', '-').toLowerCase(Locale.ROOT).split("-");
        return parts.length > 1 && parts[1].equals("us");
    }
}
