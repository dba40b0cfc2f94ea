package io.rapport.core.event;

import io.rapport.core.model.Person;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The person behind an event, as the adapter knows them.
 *
 * @param admin whether they may run admin-only commands ({@code forget})
 * @param zone  their own time zone where the platform tells it, else the team's
 */
public record Actor(Person person, boolean admin, ZoneId zone) {
    public Actor {
        Objects.requireNonNull(person, "person");
        zone = zone == null ? ZoneId.of("UTC") : zone;
    }

    public String id() {
        return person.id();
    }

    public String name() {
        return person.name();
    }
}
