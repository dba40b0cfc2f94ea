package io.rapport.app.webchat;

import io.rapport.core.message.Card;

/**
 * A card delivered to a person's DM. The same {@code messageId} comes again with a higher {@code seq} when
 * the card is updated (a button was pressed); clients replace it.
 */
public record InboxItem(long seq, String messageId, Card card, String at) {
}
