package io.rapport.core.testing;

import io.rapport.core.detect.Detection;
import io.rapport.core.detect.GestureDetector;
import io.rapport.core.model.TouchKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detector the rule scenarios control: a fixed keyword table (first match wins, naively, so a test can
 * also show a wrong guess being corrected), praise naming the people it mentions ({@code @Sam},
 * {@code <@U7|sam>}) and a fixed complaint severity. Rule tests do not move when the real detector's wording
 * rules improve; the real detector has its own tests against the corpus.
 */
public final class StubGestureDetector implements GestureDetector {
    private static final Pattern MENTION = Pattern.compile("<@[^>]+>|@\\w+");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<Object[]> TABLE = List.of(
            row(TouchKind.COMPLAINT, "complaint", "\\b(unacceptable|frustrat\\w*|disappointed|fed up|still (?:broken|down|"
                    + "waiting)|thanks for nothing|ridiculous|escalat\\w*)\\b"),
            row(TouchKind.REFERRAL, "referral", "\\b(referr\\w*|recommended you|introduc\\w* you to|put you in touch)\\b"),
            row(TouchKind.GIFT, "gift", "\\b(sent you (?:a|some)\\b|gift|hamper|a little something)\\b"),
            row(TouchKind.PRAISE, "praise", "\\b(rock ?stars?|nailed it|amazing job|great job|fantastic work|"
                    + "above and beyond|shout-?out|kudos)\\b"),
            row(TouchKind.THANKS, "thanks", "(\\b(thank(?:s| you)?|thx|ty|cheers|appreciate(?:d| it)?)\\b|:pray:)"));

    private static Object[] row(TouchKind kind, String label, String regex) {
        return new Object[] {kind, label, Pattern.compile(regex, FLAGS)};
    }

    @Override
    public Detection classify(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (Object[] row : TABLE) {
            Matcher m = ((Pattern) row[2]).matcher(t);
            if (m.find()) {
                TouchKind kind = (TouchKind) row[0];
                String label = (String) row[1];
                return new Detection(kind, label, m.group(), label.equals("praise") ? mentions(text) : List.of(),
                        null, label.equals("complaint") ? 2 : 0);
            }
        }
        return t.strip().endsWith("?") ? new Detection(TouchKind.MESSAGE, "question", "?") : Detection.neutral();
    }

    private static List<String> mentions(String text) {
        List<String> praised = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            praised.add(m.group());
        }
        return praised;
    }
}
