package io.rapport.core.command;

/**
 * What a person typed, quoted back in an error message: cut to a few dozen characters (a pasted 100,000-character
 * word must not bury the sentence saying what would work, nor pass the chat platforms' limits), and without the
 * control and bidi characters that would reorder or hide the rest of the message.
 */
public final class Echo {
    static final int MAX = 40;

    private Echo() {
    }

    /** {@code typed} as it may appear inside an error message, in double quotes. */
    public static String quoted(String typed) {
        return "\"" + of(typed) + "\"";
    }

    public static String of(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(typed.length(), MAX + 1));
        int shown = 0;
        for (int i = 0; i < typed.length(); ) {
            int cp = typed.codePointAt(i);
            i += Character.charCount(cp);
            if (hidden(cp)) {
                continue;
            }
            if (shown == MAX) {
                return out.append('…').toString();
            }
            out.appendCodePoint(cp);
            shown++;
        }
        return out.toString();
    }

    /** Controls (new lines included), bidi embeddings, overrides, isolates and marks, lone surrogates. */
    private static boolean hidden(int cp) {
        return Character.isISOControl(cp) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E || cp == 0x200F || cp == 0x061C || Character.isSurrogate((char) cp) && cp <= 0xFFFF;
    }
}
