package io.rapport.app.webchat;

import io.rapport.core.message.Card;

/**
 * One entry of a person's DM with Rapport, in order: a line they typed ({@code you}: {@code text}), an answer
 * ({@code reply}: {@code card}) or a nudge ({@code nudge}: {@code card}). The same {@code messageId} comes
 * again with a higher {@code seq} when its card is updated (a button was pressed); clients replace it.
 */
public record InboxItem(long seq, String messageId, String kind, Card card, String text, String at) {

    public static final String YOU = "you";
    public static final String REPLY = "reply";
    public static final String NUDGE = "nudge";
}
