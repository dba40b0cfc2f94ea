package io.rapport.slack.blocks;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.UsersSelectElement;
import com.slack.api.util.json.GsonFactory;
import io.rapport.core.message.Action;
import io.rapport.core.message.Card;
import io.rapport.core.message.Fact;
import io.rapport.core.message.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Cards as Block Kit: a header for the title, a section for the body, the facts as two-column fields, the
 * buttons in an actions block, and the status line as context. Every string from the core is plain text and
 * may hold what a user or a customer typed, so it is escaped here and nowhere else.
 */
public final class BlockKit {
    /** Slack allows 50 blocks in a message, 100 in a Home view. */
    public static final int MESSAGE_BLOCKS = 50;
    private static final int FIELDS = 10;
    private static final int ELEMENTS = 25;
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private BlockKit() {
    }

    /** What a reply looks like as a message: every card, with a divider between them. */
    public static List<LayoutBlock> blocks(Reply reply) {
        return blocks(reply.cards(), MESSAGE_BLOCKS);
    }

    public static List<LayoutBlock> blocks(List<Card> cards, int maxBlocks) {
        List<LayoutBlock> out = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            List<LayoutBlock> card = card(cards.get(i), i, cards.size());
            int needed = card.size() + (i > 0 ? 1 : 0);
            if (out.size() + needed > maxBlocks - 1 && i < cards.size() - 1 || out.size() + needed > maxBlocks) {
                out.add(context("…and " + (cards.size() - i) + " more not shown here."));
                break;
            }
            if (i > 0) {
                out.add(DividerBlock.builder().build());
            }
            out.addAll(card);
        }
        return out;
    }

    /**
     * One card. Its actions block is {@code rapport-actions-<index>-of-<total>}: unique in a message of several
     * cards, and telling a pressed button whether its card is the whole message (then it can be replaced).
     */
    public static List<LayoutBlock> card(Card card, int index, int total) {
        List<LayoutBlock> out = new ArrayList<>();
        if (card.title() != null && !card.title().isBlank()) {
            out.add(HeaderBlock.builder()
                    .text(plain(SlackText.plain(card.title().replaceAll("\\s+", " ").strip(), SlackText.HEADER)))
                    .build());
        }
        if (!card.body().isBlank()) {
            out.add(SectionBlock.builder().text(mrkdwn(SlackText.escapeAndCut(card.body(), SlackText.SECTION)))
                    .build());
        }
        List<Fact> facts = card.facts();
        for (int start = 0; start < facts.size(); start += FIELDS) {
            List<TextObject> fields = new ArrayList<>();
            for (Fact f : facts.subList(start, Math.min(facts.size(), start + FIELDS))) {
                fields.add(mrkdwn(field(f)));
            }
            out.add(SectionBlock.builder().fields(fields).build());
        }
        if (!card.actions().isEmpty()) {
            out.add(ActionsBlock.builder().blockId("rapport-actions-" + index + "-of-" + total).elements(elements(card.actions()))
                    .build());
        }
        if (card.context() != null && !card.context().isBlank()) {
            out.add(context(card.context()));
        }
        if (out.isEmpty()) {
            out.add(SectionBlock.builder().text(mrkdwn(" ")).build());
        }
        return out;
    }

    /** The notification and screen-reader text: the same words, escaped, without markup. */
    public static String fallback(Reply reply) {
        String text = reply.cards().stream().map(Card::fallbackText).collect(Collectors.joining("\n\n"));
        return SlackText.escapeAndCut(text.isBlank() ? "Rapport" : text, SlackText.FALLBACK);
    }

    public static String fallback(Card card) {
        return fallback(Reply.of(card));
    }

    public static String json(List<LayoutBlock> blocks) {
        return GSON.toJson(blocks);
    }

    public static JsonArray jsonTree(List<LayoutBlock> blocks) {
        return GSON.toJsonTree(blocks).getAsJsonArray();
    }

    /** True when the pressed button's card is the only card in its message. */
    public static boolean soleCard(String blockId) {
        return blockId != null && blockId.startsWith("rapport-actions-") && blockId.endsWith("-of-1");
    }

    static String field(Fact f) {
        // the label is bold; both halves are escaped, then bounded as a whole
        String label = "*" + SlackText.escapeAndCut(f.label(), 200) + "*";
        String value = SlackText.escapeAndCut(f.value(), SlackText.FIELD - label.length() - 1);
        return label + "\n" + (value.isEmpty() ? "–" : value);
    }

    private static List<BlockElement> elements(List<Action> actions) {
        List<BlockElement> out = new ArrayList<>();
        for (int i = 0; i < actions.size() && i < ELEMENTS; i++) {
            Action a = actions.get(i);
            String actionId = ActionIds.encode(a, i);
            if (a.kind() == Action.Kind.USER_PICKER) {
                out.add(UsersSelectElement.builder().actionId(actionId)
                        .placeholder(plain(SlackText.plain(a.label(), SlackText.BUTTON))).build());
            } else {
                out.add(ButtonElement.builder().actionId(actionId)
                        .text(plain(SlackText.plain(a.label(), SlackText.BUTTON)))
                        .value(SlackText.plain(a.value() == null ? "" : a.value(), 2000))
                        .style(style(a.style()))
                        .build());
            }
        }
        return out;
    }

    private static String style(Action.Style style) {
        return switch (style) {
            case PRIMARY -> "primary";
            case DANGER -> "danger";
            case DEFAULT -> null;
        };
    }

    private static ContextBlock context(String text) {
        return ContextBlock.builder()
                .elements(List.of(mrkdwn(SlackText.escapeAndCut(text, SlackText.CONTEXT)))).build();
    }

    /** verbatim: Slack does not turn bare URLs, #channels or @names into links or mentions. */
    private static MarkdownTextObject mrkdwn(String escaped) {
        return MarkdownTextObject.builder().text(escaped).verbatim(true).build();
    }

    private static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text.isBlank() ? "–" : text).emoji(true).build();
    }
}
