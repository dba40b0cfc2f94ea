package io.rapport.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Entity;
import io.rapport.core.model.Person;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Teams message's text as the core reads it: the bot's own {@code <at>Rapport</at>} removed, every other
 * {@code <at>Name</at>} replaced by {@code @<user id>} with who that is in {@link #mentions()}.
 *
 * @param mentionsBot whether the bot was mentioned (what makes a channel message a command)
 */
record MentionText(String text, Map<String, Person> mentions, boolean mentionsBot) {
    private static final Pattern LEFTOVER_TAG = Pattern.compile("</?at>", Pattern.CASE_INSENSITIVE);

    static MentionText of(Activity activity) {
        String text = activity.getText() == null ? "" : activity.getText();
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        Map<String, Person> mentions = new LinkedHashMap<>();
        boolean mentionsBot = false;
        if (activity.getEntities() != null) {
            for (Entity entity : activity.getEntities()) {
                if (entity == null || !"mention".equalsIgnoreCase(entity.getType())) { // a null is a broken list
                    continue;
                }
                JsonNode mentioned = entity.getProperties().get("mentioned");
                JsonNode tag = entity.getProperties().get("text");
                String id = mentioned == null ? null : textOf(mentioned.get("id"));
                if (id == null || id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
                    continue;
                }
                String name = textOf(mentioned.get("name"));
                String markup = tag == null ? null : textOf(tag);
                boolean isBot = id.equals(botId);
                mentionsBot |= isBot;
                if (markup != null && !markup.isEmpty() && text.contains(markup)) {
                    text = text.replace(markup, isBot ? " " : " @" + id + " ");
                }
                if (!isBot) {
                    mentions.put(id, new Person(id, name == null ? id : name));
                }
            }
        }
        text = LEFTOVER_TAG.matcher(text).replaceAll("");
        text = decode(text).replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").strip();
        return new MentionText(text, mentions, mentionsBot);
    }

    private static String textOf(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /** Teams escapes a few characters in message text; the core wants them as typed. */
    private static String decode(String s) {
        return s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
