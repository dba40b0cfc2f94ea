package io.rapport.core.engine;

import io.rapport.core.event.Actor;
import io.rapport.core.model.Person;
import io.rapport.core.port.Change;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Teammates' own time zones, learned from the events they send (the adapter puts the platform's zone, or the
 * team's when it does not know, in {@link Actor#zone()}) and kept as workspace settings {@code zone:<person id>}.
 * A private nudge waits for its reader's working hours in that zone; anyone never seen uses the team's zone.
 */
final class Zones {
    static final String PREFIX = "zone:";
    private final Context context;

    Zones(Context context) {
        this.context = context;
    }

    /** Remembers the actor's zone when it is new or changed (one read per event, a write only on change). */
    void learn(String workspace, Actor actor) {
        String zone = actor.zone().getId();
        Optional<String> known = context.store().setting(workspace, PREFIX + actor.id());
        if (known.isEmpty() || !known.get().equals(zone)) {
            context.store().commit(workspace, List.of(), List.of(new Change.PutSetting(PREFIX + actor.id(), zone)));
        }
    }

    ZoneId of(String workspace, Person person) {
        ZoneId team = context.rulebook().team().timezone();
        if (person == null) {
            return team;
        }
        return context.store().setting(workspace, PREFIX + person.id()).map(id -> parse(id, team)).orElse(team);
    }

    private static ZoneId parse(String id, ZoneId fallback) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return fallback;
        }
    }
}
