package io.rapport.core.event;

import io.rapport.core.model.Person;
import java.time.Instant;
import java.util.Map;

/**
 * A command typed by a teammate: a slash command, a DM, a mention, a Teams message, or the web chat.
 * Adapters turn their mention markup into {@code @id} and pass who each id is in {@code mentions}.
 *
 * @param channel the channel it was typed in, or null in a direct message
 */
public record CommandEvent(
        String workspace, Actor actor, String channel, String text, Map<String, Person> mentions, Instant at) {

    public CommandEvent {
        mentions = mentions == null ? Map.of() : Map.copyOf(mentions);
    }
}
