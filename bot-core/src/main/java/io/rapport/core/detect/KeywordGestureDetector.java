package io.rapport.core.detect;

import io.rapport.core.model.TouchKind;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first, keyword-based detector: ordered patterns, first match wins, the matched words are the
 * evidence. Complaints are checked first so "thanks for nothing" is not taken for gratitude.
 */
public final class KeywordGestureDetector implements GestureDetector {

    private record Pattern2(TouchKind kind, String label, Pattern pattern) {
    }

    private static final List<Pattern2> PATTERNS = List.of(
            p(TouchKind.COMPLAINT, "complaint",
                    "\\b(unacceptable|frustrat\\w*|disappointed|fed up|still (?:broken|down|waiting)|"
                            + "thanks for nothing|ridiculous|escalat\\w*)\\b"),
            p(TouchKind.REFERRAL, "referral",
                    "\\b(referr\\w*|recommended you|introduc\\w* you to|put you in touch|"
                            + "looking for a vendor like you)\\b"),
            p(TouchKind.GIFT, "gift", "\\b(sent you (?:a|some)\\b|gift|hamper|a little something)\\b"),
            p(TouchKind.PRAISE, "praise",
                    "\\b(rock ?star|nailed it|amazing job|great job|fantastic work|best (?:csm|support|team)|"
                            + "above and beyond|shout-?out|kudos)\\b"),
            p(TouchKind.THANKS, "thanks",
                    "(\\b(thank(?:s| you)?|thx|ty|cheers|appreciate(?:d| it)?|grateful)\\b|🙏|:pray:)"));

    private static Pattern2 p(TouchKind kind, String label, String regex) {
        return new Pattern2(kind, label, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    @Override
    public Detection classify(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        for (Pattern2 p : PATTERNS) {
            Matcher m = p.pattern().matcher(t);
            if (m.find()) {
                return new Detection(p.kind(), p.label(), m.group());
            }
        }
        if (t.strip().endsWith("?")) {
            return new Detection(TouchKind.MESSAGE, "question", "?");
        }
        return Detection.neutral();
    }
}
