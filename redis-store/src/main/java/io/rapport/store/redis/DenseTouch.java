package io.rapport.store.redis;

import io.rapport.core.model.Direction;
import io.rapport.core.model.Touch;
import java.time.Instant;

/**
 * The dense form of a timeline entry, for a touch whose id has the engine's shape ({@code t} and 8
 * characters of its alphabet) and whose time lies between 1970 and 2190; any other touch is stored in
 * {@link TouchCodec}'s positional form. Fixed-width fields with no separator between them:
 * <pre>
 *   kind   1 letter, upper case for a touch that came in (as in the positional form)
 *   id     7 digits: the id's 8 characters as one number, times 2, plus 1 when unanswered
 *   at     5 digits: epoch seconds
 *   ref    the customer's {@link Refs} index (base 36) of the pair of who and source
 *   nanos  only with a fraction of a second: {@code .} and 5 digits
 *   note   only while the touch keeps its text: U+001E and the note, escaped as {@link Compact} does
 * </pre>
 * Digits are base 93: the printable ASCII characters from {@code !} to {@code ~} without {@code .}. The
 * entry never holds the unit separator U+001F, which every positional entry does, nor starts with
 * {@code {}, as JSON entries do; {@code batch.lua}'s {@code unnote} relies on both.
 */
final class DenseTouch {

    /** The engine's touch id alphabet (bot-core's {@code Ids}): digits and lower-case letters without l and o. */
    private static final String ID_ALPHABET = "0123456789abcdefghijkmnpqrstuvwxyz";
    private static final int ID_CHARS = 8;
    private static final char FRACTION = '.';
    private static final String DIGITS = digits();
    private static final int BASE = DIGITS.length();
    private static final int ID_WIDTH = 7;
    private static final int AT_WIDTH = 5;
    private static final int NANOS_WIDTH = 5;
    private static final long MAX_SECONDS = pow(BASE, AT_WIDTH);
    private static final int REF_START = 1 + ID_WIDTH + AT_WIDTH;

    private DenseTouch() {
    }

    private static String digits() {
        StringBuilder out = new StringBuilder();
        for (char c = '!'; c <= '~'; c++) {
            if (c != FRACTION) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static long pow(long base, int exponent) {
        long out = 1;
        for (int i = 0; i < exponent; i++) {
            out *= base;
        }
        return out;
    }

    /** True when the touch has an id of the engine's shape and a time this form can hold. */
    static boolean fits(Touch touch) {
        String id = touch.id();
        if (id.length() != ID_CHARS + 1 || id.charAt(0) != 't') {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            if (ID_ALPHABET.indexOf(id.charAt(i)) < 0) {
                return false;
            }
        }
        long seconds = touch.at().getEpochSecond();
        return seconds >= 0 && seconds < MAX_SECONDS;
    }

    /** Whether {@code stored} is in this form rather than the positional one or JSON. */
    static boolean is(String stored) {
        return !stored.isEmpty() && stored.charAt(0) != '{' && stored.indexOf(Compact.SEP) < 0;
    }

    static String encode(Touch touch, char letter, String pairRef) {
        long id = 0;
        for (int i = 1; i < touch.id().length(); i++) {
            id = id * ID_ALPHABET.length() + ID_ALPHABET.indexOf(touch.id().charAt(i));
        }
        StringBuilder out = new StringBuilder(24 + touch.note().length()).append(letter);
        digits(id * 2 + (touch.unanswered() ? 1 : 0), ID_WIDTH, out);
        digits(touch.at().getEpochSecond(), AT_WIDTH, out);
        out.append(pairRef);
        if (touch.at().getNano() != 0) {
            digits(touch.at().getNano(), NANOS_WIDTH, out.append(FRACTION));
        }
        if (!touch.note().isEmpty()) {
            Compact.escape(touch.note(), out.append(Compact.RS));
        }
        return out.toString();
    }

    /** The parts of a stored entry; the kind letter and the pair are resolved by the caller. */
    record Parts(char letter, String id, boolean unanswered, Instant at, String pairRef, String note) {
        Direction direction() {
            return Character.isUpperCase(letter) ? Direction.IN : Direction.OUT;
        }
    }

    static Parts decode(String stored) {
        long idAndFlag = number(stored, 1, ID_WIDTH);
        char[] id = new char[ID_CHARS + 1];
        id[0] = 't';
        long rest = idAndFlag / 2;
        for (int i = ID_CHARS; i >= 1; i--) {
            id[i] = ID_ALPHABET.charAt((int) (rest % ID_ALPHABET.length()));
            rest /= ID_ALPHABET.length();
        }
        if (rest != 0) {
            throw new IllegalArgumentException("id out of range");
        }
        long seconds = number(stored, 1 + ID_WIDTH, AT_WIDTH);
        int end = REF_START;
        while (end < stored.length() && stored.charAt(end) != FRACTION && stored.charAt(end) != Compact.RS) {
            end++;
        }
        String ref = stored.substring(REF_START, end);
        long nanos = 0;
        if (end < stored.length() && stored.charAt(end) == FRACTION) {
            nanos = number(stored, end + 1, NANOS_WIDTH);
            end += 1 + NANOS_WIDTH;
        }
        String note = "";
        if (end < stored.length()) {
            if (stored.charAt(end) != Compact.RS) {
                throw new IllegalArgumentException("unexpected character after the time");
            }
            note = Compact.unescape(stored.substring(end + 1));
        }
        if (ref.isEmpty()) {
            throw new IllegalArgumentException("no reference");
        }
        return new Parts(stored.charAt(0), new String(id), (idAndFlag & 1) == 1,
                Instant.ofEpochSecond(seconds, nanos), ref, note);
    }

    private static void digits(long value, int width, StringBuilder out) {
        char[] digits = new char[width];
        long rest = value;
        for (int i = width - 1; i >= 0; i--) {
            digits[i] = DIGITS.charAt((int) (rest % BASE));
            rest /= BASE;
        }
        if (rest != 0) {
            throw new IllegalArgumentException(value + " does not fit in " + width + " digits");
        }
        out.append(digits);
    }

    private static long number(String stored, int from, int width) {
        if (from + width > stored.length()) {
            throw new IllegalArgumentException("entry too short");
        }
        long value = 0;
        for (int i = from; i < from + width; i++) {
            int digit = DIGITS.indexOf(stored.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("not a digit: " + stored.charAt(i));
            }
            value = value * BASE + digit;
        }
        return value;
    }
}
