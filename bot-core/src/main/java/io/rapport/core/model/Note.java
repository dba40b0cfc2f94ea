package io.rapport.core.model;

import java.time.Instant;

/** A consideration note: a need, a challenge, a preference, something personal. */
public record Note(String id, String customerId, Person author, String text, Instant at) {
}
