package io.rapport.core.testing;

import io.rapport.core.detect.Detection;
import io.rapport.core.detect.GestureDetector;
import io.rapport.core.detect.KeywordGestureDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keyword detector, plus what the rules need from a real one: praise names the people it mentions
 * ({@code @Sam}, {@code <@U7|sam>}), and a complaint carries a severity.
 */
public final class StubGestureDetector implements GestureDetector {
    private static final Pattern MENTION = Pattern.compile("<@[^>]+>|@\\w+");
    private final KeywordGestureDetector keywords = new KeywordGestureDetector();

    @Override
    public Detection classify(String text) {
        Detection d = keywords.classify(text);
        if (d.label().equals("praise")) {
            List<String> praised = new ArrayList<>();
            Matcher m = MENTION.matcher(text);
            while (m.find()) {
                praised.add(m.group());
            }
            return new Detection(d.kind(), d.label(), d.evidence(), praised, null, 0);
        }
        if (d.label().equals("complaint")) {
            return new Detection(d.kind(), d.label(), d.evidence(), List.of(), null, 2);
        }
        return d;
    }
}
