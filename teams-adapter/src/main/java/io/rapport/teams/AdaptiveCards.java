package io.rapport.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.TextFormatTypes;
import io.rapport.core.message.Action;
import io.rapport.core.message.Card;
import io.rapport.core.message.Fact;
import java.util.List;
import java.util.Map;

/**
 * Renders the core's {@link Card} as an Adaptive Card (schema 1.5, what Teams renders), built as JSON objects.
 * Every string from the core (which may hold what a user or customer wrote) goes into a {@code TextRun}'s
 * {@code text}: unlike a TextBlock, a TextRun is never read as Markdown, and without {@code msteams.entities}
 * an {@code <at>} tag is only text, so nothing written can add links, elements, actions or mentions.
 */
public final class AdaptiveCards {
    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    /** Keys of an Action.Submit's data, and the id of the reassign picker's input. */
    public static final String ACTION = "rapport_action";
    public static final String VALUE = "rapport_value";
    public static final String INPUT = "rapport_input";
    /** Teams refuses messages over about 28 KB: a card's text is kept well under that, field by field. */
    static final int MAX_TEXT = 8_000;
    private static final int MAX_SHORT = 300;
    private static final int MAX_FALLBACK = 1_000;
    private static final int MAX_FACTS_TEXT = 6_000;

    private AdaptiveCards() {
    }

    /** A card with only a body becomes a plain-text message; anything richer an Adaptive Card. */
    public static Activity message(Card card, Map<String, String> teammates) {
        Activity activity = new Activity(ActivityTypes.MESSAGE);
        if (isPlain(card)) {
            activity.setText(cut(card.body()));
            activity.setTextFormat(TextFormatTypes.PLAIN);
            return activity;
        }
        Attachment attachment = new Attachment();
        attachment.setContentType(CONTENT_TYPE);
        attachment.setContent(card(card, teammates));
        activity.setAttachments(List.of(attachment));
        activity.setSummary(cut(card.fallbackText()));
        return activity;
    }

    static boolean isPlain(Card card) {
        return (card.title() == null || card.title().isBlank()) && card.facts().isEmpty() && card.actions().isEmpty()
                && (card.context() == null || card.context().isBlank());
    }

    /** The card itself; {@code teammates} (id to name) fill the reassign picker. */
    public static ObjectNode card(Card card, Map<String, String> teammates) {
        ObjectNode root = Serialization.createObjectNode();
        root.put("type", "AdaptiveCard");
        root.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        root.put("version", "1.5");
        root.put("fallbackText", cut(card.fallbackText(), MAX_FALLBACK));
        ArrayNode body = root.putArray("body");
        if (card.title() != null && !card.title().isBlank()) {
            ObjectNode title = text(body, cut(card.title(), MAX_SHORT));
            run(title).put("weight", "Bolder").put("size", "Medium");
        }
        boolean first = true;
        for (String line : cut(card.body()).split("\n", -1)) {
            if (!line.isBlank()) {
                ObjectNode block = text(body, line);
                if (!first) {
                    block.put("spacing", "Small");
                }
                first = false;
            }
        }
        int factsLeft = MAX_FACTS_TEXT;
        for (int i = 0; i < card.facts().size(); i++) {
            Fact fact = card.facts().get(i);
            String label = cut(fact.label(), MAX_SHORT);
            String value = cut(fact.value(), Math.min(MAX_SHORT * 4, Math.max(factsLeft, 0)));
            factsLeft -= label.length() + value.length();
            if (factsLeft < 0) {
                text(body, "… and " + (card.facts().size() - i) + " more not shown here");
                break;
            }
            ObjectNode row = line(body);
            // facts sit together as one block, a little apart from the text above
            row.put("spacing", i == 0 ? "Medium" : "None");
            ArrayNode inlines = row.putArray("inlines");
            inlines.addObject().put("type", "TextRun").put("text", label + ": ").put("weight", "Bolder");
            inlines.addObject().put("type", "TextRun").put("text", value);
        }
        if (card.context() != null && !card.context().isBlank()) {
            ObjectNode context = text(body, cut(card.context(), MAX_SHORT));
            context.put("separator", true);
            run(context).put("isSubtle", true).put("size", "Small");
        }
        if (!card.actions().isEmpty()) {
            ArrayNode actions = root.putArray("actions");
            for (Action action : card.actions()) {
                if (action.kind() == Action.Kind.USER_PICKER) {
                    actions.add(picker(action, teammates));
                } else {
                    actions.add(submit(action.label(), action, style(action.style())));
                }
            }
        }
        return root;
    }

    private static ObjectNode line(ArrayNode body) {
        ObjectNode block = body.addObject();
        block.put("type", "RichTextBlock");
        return block;
    }

    private static ObjectNode text(ArrayNode body, String text) {
        ObjectNode block = line(body);
        block.putArray("inlines").addObject().put("type", "TextRun").put("text", text);
        return block;
    }

    private static ObjectNode run(ObjectNode block) {
        return (ObjectNode) block.get("inlines").get(0);
    }

    private static ObjectNode submit(String title, Action action, String style) {
        ObjectNode submit = Serialization.createObjectNode();
        submit.put("type", "Action.Submit");
        submit.put("title", cut(title, MAX_SHORT));
        if (style != null) {
            submit.put("style", style);
        }
        ObjectNode data = submit.putObject("data");
        data.put(ACTION, action.id());
        data.put(VALUE, action.value());
        return submit;
    }

    /** Reassign: a ShowCard holding a choice of the teammates Rapport can reach, and a button to confirm. */
    private static ObjectNode picker(Action action, Map<String, String> teammates) {
        ObjectNode show = Serialization.createObjectNode();
        show.put("type", "Action.ShowCard");
        show.put("title", cut(action.label(), MAX_SHORT));
        ObjectNode inner = show.putObject("card");
        inner.put("type", "AdaptiveCard");
        ArrayNode body = inner.putArray("body");
        if (teammates.isEmpty()) {
            text(body, "Nobody else has opened a chat with Rapport yet. Type reassign " + action.value()
                    + " @name to hand this over.");
            return show;
        }
        ObjectNode choice = body.addObject();
        choice.put("type", "Input.ChoiceSet");
        choice.put("id", INPUT);
        choice.put("style", "compact");
        choice.put("label", "Hand this nudge to");
        choice.put("placeholder", "Pick a teammate");
        choice.put("isRequired", true);
        choice.put("errorMessage", "Pick a teammate first.");
        ArrayNode choices = choice.putArray("choices");
        teammates.forEach((id, name) -> choices.addObject().put("title", name).put("value", id));
        inner.putArray("actions").add(submit(action.label(), action, "positive"));
        return show;
    }

    private static String style(Action.Style style) {
        switch (style) {
            case PRIMARY:
                return "positive";
            case DANGER:
                return "destructive";
            default:
                return null;
        }
    }

    static String cut(String text) {
        return cut(text, MAX_TEXT);
    }

    static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "… (" + (text.length() - max) + " more characters not shown)";
    }
}
