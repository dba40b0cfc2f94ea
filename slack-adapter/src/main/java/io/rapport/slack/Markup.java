package io.rapport.slack;

import io.rapport.core.model.Person;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's inbound markup turned into the plain text the core's grammar reads: {@code <@U123|dana>} becomes
 * {@code @U123} with U123 listed in the mentions, {@code <#C1|general>} becomes {@code #general}, a link becomes
 * its URL, and Slack's escapes ({@code &amp; &lt; &gt;}) become the characters the person typed.
 */
public final class Markup {
    private static final Pattern TOKEN = Pattern.compile("<([^<>]*)>");

    private Markup() {
    }

    /** The text for the core, and who each {@code @id} in it is (with the name Slack gave, if any). */
    public record Parsed(String text, Map<String, Person> mentions) {
    }

    public static Parsed parse(String text) {
        if (text == null) {
            return new Parsed("", Map.of());
        }
        Map<String, Person> mentions = new LinkedHashMap<>();
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(token(m.group(1), mentions)));
        }
        m.appendTail(out);
        return new Parsed(unescape(out.toString()).strip(), mentions);
    }

    /** Drops a leading mention of the bot ({@code <@UBOT> link acme} → {@code link acme}). */
    public static String withoutLeadingMention(String text, String botUserId) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        Matcher m = Pattern.compile("^<@([A-Z0-9]+)(\\|[^>]*)?>\\s*").matcher(t);
        if (m.find() && (botUserId == null || botUserId.equals(m.group(1)))) {
            return t.substring(m.end());
        }
        return t;
    }

    private static String token(String inner, Map<String, Person> mentions) {
        String target = inner;
        String label = null;
        int bar = inner.indexOf('|');
        if (bar >= 0) {
            target = inner.substring(0, bar);
            label = inner.substring(bar + 1);
        }
        if (target.startsWith("@")) {
            String id = target.substring(1);
            mentions.putIfAbsent(id, new Person(id, label == null || label.isBlank() ? id : unescape(label)));
            return "@" + id;
        }
        if (target.startsWith("#")) {
            return "#" + (label == null || label.isBlank() ? target.substring(1) : label);
        }
        if (target.startsWith("!")) {
            // <!here>, <!subteam^S1|@team>: keep the words, never the ping
            return label != null ? label : "@" + target.substring(1).replaceFirst("\\^.*", "");
        }
        return target; // a link: its URL
    }

    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
