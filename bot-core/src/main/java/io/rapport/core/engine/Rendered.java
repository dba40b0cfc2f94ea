package io.rapport.core.engine;

import io.rapport.core.message.Card;

/**
 * A nudge ready to send. {@code notice}: a message to read (kudos, digest), finished once delivered; otherwise a
 * task that stays open until someone acts on it.
 */
public record Rendered(Card card, boolean notice) {
}
