package io.rapport.core.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command into words. Straight or curly quotes group words ({@code "Acme Corp"}), since chat
 * clients turn straight quotes into curly ones as people type.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            char close = closingQuote(c);
            if (close != 0) {
                int end = text.indexOf(close, i + 1);
                if (end < 0 && close == '”') {
                    end = text.indexOf('"', i + 1);
                }
                if (end > i) {
                    tokens.add(new Token(text.substring(i + 1, end), start, end + 1, true));
                    i = end + 1;
                    continue;
                }
                throw new UsageException("The quote opened at \"" + Echo.of(text.substring(i, Math.min(n, i + 12)))
                        + "…\" is never closed. Close it, e.g. note acme \"likes golf\"", null);
            }
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            tokens.add(new Token(text.substring(start, i), start, i, false));
        }
        return tokens;
    }

    private static char closingQuote(char c) {
        return switch (c) {
            case '"' -> '"';
            case '“' -> '”';
            case '\'' -> '\'';
            case '‘' -> '’';
            default -> 0;
        };
    }
}
