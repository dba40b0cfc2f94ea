package io.rapport.slack.blocks;

/**
 * Making text that people typed safe to show in Slack. Slack reads {@code <…>} as markup in mrkdwn and in a
 * message's fallback text: {@code <!channel>} pings a whole channel, {@code <@U1>} a person,
 * {@code <https://evil|ok>} disguises a link. Escaping {@code & < >} (the only escapes Slack decodes) turns all
 * of them back into the literal characters the person typed.
 */
public final class SlackText {
    /** Slack's limits for the places Rapport writes into. */
    public static final int SECTION = 3000;
    public static final int FIELD = 2000;
    public static final int HEADER = 150;
    public static final int CONTEXT = 2000;
    public static final int BUTTON = 75;
    public static final int FALLBACK = 3000;

    private SlackText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes, then cuts to {@code max} characters with an ellipsis, never in the middle of an escape. */
    public static String escapeAndCut(String text, int max) {
        return escapedCut(escape(text), max);
    }

    /** Plain text (headers, button labels): no markup is read there, so only the length is bounded. */
    public static String plain(String text, int max) {
        String oneLine = text == null ? "" : text;
        return cut(oneLine, max);
    }

    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static String escapedCut(String escaped, int max) {
        if (escaped.length() <= max) {
            return escaped;
        }
        int end = max - 1;
        int amp = escaped.lastIndexOf('&', end - 1);
        if (amp >= 0 && amp > end - 5 && escaped.indexOf(';', amp) >= end) {
            end = amp; // an entity would be cut in half
        }
        if (end > 0 && Character.isHighSurrogate(escaped.charAt(end - 1))) {
            end--;
        }
        return escaped.substring(0, end) + "…";
    }
}
