package io.rapport.core.engine;

import java.time.ZonedDateTime;
import java.util.Optional;

/** Turns "Friday" or "in 2 days" into an instant, in the zone of the reference. */
@FunctionalInterface
public interface DueResolver {
    Optional<ZonedDateTime> resolve(String phrase, ZonedDateTime reference);
}
