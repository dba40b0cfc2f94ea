package io.rapport.core.testing;

import io.rapport.core.detect.TeammateAnalysis;
import io.rapport.core.detect.TeammateDetector;
import io.rapport.core.time.DueParser;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * A stand-in for the real teammate detector, enough to drive the rules: a commitment is whatever due phrase
 * {@link DueParser#find} accepts, and a reply is defensive when it contains one of a few stock phrases.
 */
public final class StubTeammateDetector implements TeammateDetector {
    private static final String[] DEFENSIVE = {"as i already explained", "as i said", "as mentioned before",
        "not our fault"};
    private final DueParser due = new DueParser();

    @Override
    public TeammateAnalysis analyze(String text, ZonedDateTime reference, String locale) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : DEFENSIVE) {
            if (lower.contains(phrase)) {
                return new TeammateAnalysis(Optional.empty(), "", true, phrase);
            }
        }
        var promise = due.find(text, reference, locale);
        return promise.map(m -> new TeammateAnalysis(Optional.of(m), text.substring(0, m.start()).strip(), false,
                m.phrase())).orElse(TeammateAnalysis.nothing());
    }
}
