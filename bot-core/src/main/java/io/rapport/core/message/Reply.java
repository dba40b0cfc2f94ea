package io.rapport.core.message;

import java.util.List;

/**
 * What the core answers to a command or an action. Replies are private to the person who asked
 * unless {@code visibleToChannel}; {@code replaceOriginal} asks the adapter to update the message whose
 * button was pressed instead of sending a new one.
 */
public record Reply(List<Card> cards, boolean replaceOriginal, boolean visibleToChannel) {

    public Reply {
        cards = List.copyOf(cards);
    }

    public static Reply of(Card... cards) {
        return new Reply(List.of(cards), false, false);
    }

    public static Reply text(String text) {
        return of(Card.text(text));
    }

    public static Reply none() {
        return new Reply(List.of(), false, false);
    }

    public static Reply replacing(Card card) {
        return new Reply(List.of(card), true, false);
    }

    public boolean isEmpty() {
        return cards.isEmpty();
    }

    /** All cards as plain text, for logs, tests and text-only clients. */
    public String text() {
        return String.join("\n\n", cards.stream().map(Card::fallbackText).toList());
    }
}
