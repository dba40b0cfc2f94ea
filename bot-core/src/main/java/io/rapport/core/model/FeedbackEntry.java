package io.rapport.core.model;

import java.time.Instant;

/** A "how are we doing?" answer from the customer, scored 1 to 5. */
public record FeedbackEntry(String id, String customerId, int score, String comment, Person recordedBy, Instant at) {
}
