package io.rapport.core.engine;

import io.rapport.core.message.Card;
import io.rapport.core.model.Customer;
import java.time.ZoneId;

/**
 * A nudge ready to send. {@code notice}: a message to read (kudos, digest), finished once delivered; otherwise a
 * task that stays open until someone acts on it. {@code customer} is the customer it was rendered for (null for a
 * workspace-wide nudge) and {@code zone} its reader's, so delivering it reads neither again.
 */
public record Rendered(Card card, boolean notice, Customer customer, ZoneId zone) {
}
