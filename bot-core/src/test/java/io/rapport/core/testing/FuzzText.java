package io.rapport.core.testing;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Hostile text for property tests: the command grammar's own words mixed with mentions, every kind of quote,
 * bidi controls, zero-width characters, odd whitespace, lone surrogates and emoji, random Unicode, and giant
 * strings (100,000 characters) made of any of them. Generated straight from jqwik's random source, so hundreds of
 * thousands of inputs cost seconds; failures are reported with the seed and the sample, not shrunk.
 */
public final class FuzzText {
    /** Bidi controls: embeddings, overrides (U+202E flips what follows), isolates, marks. */
    public static final String BIDI = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";
    /** Zero-width and invisible: space, non-joiner, joiner, word joiner, BOM, soft hyphen, Mongolian separator. */
    public static final String ZERO_WIDTH = "\u200B\u200C\u200D\u2060\uFEFF\u00AD\u180E";
    /** Whitespace Java's strip() and a chat client may disagree about. */
    public static final String SPACES = " \t\n\r\u000B\u000C\u00A0\u1680\u2000\u2007\u2028\u2029\u202F\u3000\u0085";
    public static final String QUOTES = "\"'“”‘’«»„‚`";
    public static final int GIANT = 100_000;
    private static final String ODD = BIDI + ZERO_WIDTH + QUOTES + SPACES;

    private static final String[] WORDS = {
        "/rapport", "help", "?", "add", "link", "contact", "show", "log", "promise", "note", "date", "feedback",
        "mine", "done", "snooze", "reassign", "health", "digest", "export", "forget", "tier", "owner", "key",
        "standard", "light", "by", "Acme", "acme", "ACME", "Globex", "a", "call", "meeting", "email", "in", "out",
        "thanks", "renewal", "birthday", "friday", "tomorrow", "next week", "3pm", "2026-03-10", "30m", "1h", "1d",
        "1w", "3 days", "0", "-1", "5/5", "6", "99999999999999999999", "n1", "p1", "N1", "@", "@dana", "@@",
        "<@U123>", "<@U1|sam>", "<@W0>", "<!channel>", "<!here>", "<#C1|general>", "<https://evil.example|ok>",
        "<at>Sam</at>", "<at>", "</at>", "&lt;", "&amp;", "```", "`x`", ":thumbsup:", "> quoted", "\\", "%", "%s",
        "{}", "${x}", "null", "NaN", "\u0000", "\uD800", "\uDFFF", "😀", "👍🏽", "👨‍👩‍👧", "e\u0301", "ﬁ", "İ", "ß",
        "Ω", "مرحبا", "שלום", "中文", "\u0301\u0301\u0301", "thank you so much!", "I'll send it by Friday",
        "can you", "?!?!", "!!!", "...", "urgent", "not happy", "asap", "EOD", "end of month",
    };

    private FuzzText() {
    }

    /** Mostly lines of words, sometimes random Unicode, now and then (1 in 100) a giant. */
    public static Arbitrary<String> any() {
        return Arbitraries.randomValue(FuzzText::any);
    }

    /** Like {@link #any()} without the giants: lines and random Unicode up to 200 characters. */
    public static Arbitrary<String> ordinary() {
        return Arbitraries.randomValue(r -> r.nextInt(100) < 85 ? line(r) : random(r, r.nextInt(200)));
    }

    /** A line repeated, or a piece repeated after a line, to about {@link #GIANT} characters. */
    public static Arbitrary<String> giant() {
        return Arbitraries.randomValue(FuzzText::giant);
    }

    /** One grammar word, mention, special character or a few random characters. */
    public static Arbitrary<String> piece() {
        return Arbitraries.randomValue(FuzzText::piece);
    }

    public static String any(Random r) {
        int k = r.nextInt(100);
        if (k < 84) {
            return line(r);
        }
        return k < 99 ? random(r, r.nextInt(200)) : giant(r);
    }

    public static String line(Random r) {
        StringBuilder out = new StringBuilder();
        for (int i = r.nextInt(15); i > 0; i--) {
            out.append(piece(r));
            int sep = r.nextInt(10);
            out.append(sep < 6 ? " " : sep < 9 ? String.valueOf(ODD.charAt(r.nextInt(ODD.length()))) : "");
        }
        return out.toString();
    }

    public static String giant(Random r) {
        String unit = r.nextBoolean() ? line(r) : piece(r);
        if (unit.isEmpty()) {
            unit = "a";
        }
        StringBuilder out = new StringBuilder(line(r));
        while (out.length() < GIANT) {
            out.append(unit);
        }
        return out.toString();
    }

    public static String piece(Random r) {
        int k = r.nextInt(11);
        if (k < 6) {
            return WORDS[r.nextInt(WORDS.length)];
        }
        if (k < 8) {
            return String.valueOf(ODD.charAt(r.nextInt(ODD.length())));
        }
        if (k < 10) {
            return random(r, r.nextInt(9));
        }
        StringBuilder rtl = new StringBuilder();
        for (int i = r.nextInt(7); i > 0; i--) {
            rtl.append((char) (0x0590 + r.nextInt(0x0370)));
        }
        return rtl.toString();
    }

    /** Any UTF-16 code units, lone surrogates included, and now and then a whole supplementary character. */
    public static String random(Random r, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            if (r.nextInt(8) == 0) {
                out.appendCodePoint(0x10000 + r.nextInt(0x100000));
            } else {
                out.append((char) r.nextInt(0x10000));
            }
        }
        return out.toString();
    }
}
