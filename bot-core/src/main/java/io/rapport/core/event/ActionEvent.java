package io.rapport.core.event;

import io.rapport.core.model.Person;
import java.time.Instant;

/**
 * A button pressed on a card Rapport sent.
 *
 * @param input  what the person picked or typed with it (a user id for a picker), or null
 * @param picked who that user id is, when the adapter knows (their display name), or null
 */
public record ActionEvent(String workspace, Actor actor, String actionId, String value, String input, Instant at,
                          Person picked) {

    public ActionEvent(String workspace, Actor actor, String actionId, String value, String input, Instant at) {
        this(workspace, actor, actionId, value, input, at, null);
    }
}
