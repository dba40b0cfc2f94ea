package io.rapport.core.time;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens plus the matching helpers the grammar shares. Positions are token indexes; every matcher
 * returns the index just past what it read, or -1.
 *
 * @param strict true when scanning free text, where ambiguous forms ("3/4", "sat", "15th") need an
 *     anchor such as "by" or "on" before they count as dates
 * @param monthFirst true when numeric dates read month/day (en-US)
 */
record TokenView(List<Token> tokens, boolean strict, boolean monthFirst) {
    /** Alternatives split into words once: the grammar tries dozens of them at every token of a message. */
    private static final Map<String, String[]> WORDS = new ConcurrentHashMap<>();

    int size() {
        return tokens.size();
    }

    /** The normalised token at {@code i}, or "" past the end, so lookups never need bounds checks. */
    String norm(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).norm() : "";
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** True when token {@code i} touches the one before it ("3/4", "15:00", "mid-May"). */
    boolean touchesPrevious(int i) {
        return i > 0 && i < tokens.size() && tokens.get(i - 1).end() == tokens.get(i).start();
    }

    /** An unsigned integer token of at most {@code maxDigits} digits, or null. */
    Integer number(int i, int maxDigits) {
        if (i >= tokens.size() || !tokens.get(i).isNumber() || tokens.get(i).norm().length() > maxDigits) {
            return null;
        }
        return Integer.valueOf(tokens.get(i).norm());
    }

    /**
     * The longest of the alternatives that matches at {@code i}. Each alternative is a space-separated
     * word sequence; a hyphen between two words may be present or not ("month-end", "month end").
     */
    int phrase(int i, String... alternatives) {
        int best = -1;
        for (String alternative : alternatives) {
            int end = sequence(i, WORDS.computeIfAbsent(alternative, a -> a.split(" ")));
            best = Math.max(best, end);
        }
        return best;
    }

    boolean is(int i, String... words) {
        String n = norm(i);
        for (String w : words) {
            if (w.equals(n)) {
                return true;
            }
        }
        return false;
    }

    private int sequence(int i, String[] words) {
        int pos = i;
        for (int k = 0; k < words.length; k++) {
            if (k > 0 && "-".equals(norm(pos)) && !"-".equals(words[k])) {
                pos++;
            }
            if (!words[k].equals(norm(pos))) {
                return -1;
            }
            pos++;
        }
        return pos;
    }
}
