package io.rapport.core.event;

import java.time.Instant;

/**
 * A button pressed on a card Rapport sent.
 *
 * @param input what the person picked or typed with it (a user id for a picker), or null
 */
public record ActionEvent(String workspace, Actor actor, String actionId, String value, String input, Instant at) {
}
