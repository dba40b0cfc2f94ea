package io.rapport.core.event;

import io.rapport.core.model.Person;
import java.time.Instant;

/**
 * A message seen in a channel linked to a customer.
 *
 * @param fromCustomer the adapter's verdict: the author is one of the customer's people
 * @param messageId    the platform's id, so a redelivered message is not counted twice
 * @param threadId     the thread it belongs to, or null for a top-level message
 */
public record ObservedMessage(
        String workspace,
        String channel,
        Person author,
        boolean fromCustomer,
        String text,
        String messageId,
        String threadId,
        Instant at) {
}
