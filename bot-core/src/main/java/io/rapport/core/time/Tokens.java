package io.rapport.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into {@link Token}s and blanks out chat markup that never holds the writer's own dates. */
final class Tokens {

    // Slack <@U123>/<https://…|label>, Teams <at>Name</at>, code, :emoji: shortcodes and quoted lines are
    // context or machine text: a "3/4" in a URL or a name inside a mention must not become a due date.
    private static final Pattern MARKUP = Pattern.compile(
            "<at>.{0,200}?</at>|<[^<>\\n]{1,500}>|```.*?```|`[^`\\n]*`|:(?:[+-]1|[a-z][a-z0-9_+\\-]{0,40}):"
                    + "|^[ \\t]*(?:>|&gt;)[^\\n]*",
            Pattern.DOTALL | Pattern.MULTILINE);

    private Tokens() {
    }

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int j;
            if (Character.isLetterOrDigit(c)) {
                // Alphanumeric runs stay whole ("10pm", "3rd", "Q3", "SOC2"); an apostrophe between letters
                // keeps contractions whole ("I'll", "won't", "month's").
                j = i + 1;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j))
                        || (isApostrophe(text.charAt(j)) && j + 1 < n && Character.isLetter(text.charAt(j + 1))))) {
                    j++;
                }
            } else {
                j = i + Character.charCount(text.codePointAt(i));
            }
            String raw = text.substring(i, j);
            out.add(new Token(raw, raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\''), i, j));
            i = j;
        }
        return out;
    }

    /** The text with markup replaced by spaces, so offsets still point into the original message. */
    static String maskMarkup(String text) {
        StringBuilder sb = new StringBuilder(text);
        Matcher m = MARKUP.matcher(text);
        while (m.find()) {
            for (int k = m.start(); k < m.end(); k++) {
                if (sb.charAt(k) != '\n') {
                    sb.setCharAt(k, ' ');
                }
            }
        }
        return sb.toString();
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
