package io.rapport.core.rule;

import io.rapport.core.model.Person;
import java.time.Instant;
import java.util.Map;

/** What a rule wants done with its nudges. The engine applies decisions; rules never write state. */
public sealed interface Decision {

    /**
     * Have a nudge with this key due at {@code dueAt}. If one is already active for the key, it stays as it
     * is: re-evaluating a rule never makes a second copy.
     */
    record Schedule(String key, Person assignee, Instant dueAt, Map<String, String> data) implements Decision {
    }

    /** The reason for the nudge with this key has gone: cancel it if it is active. */
    record Clear(String key) implements Decision {
    }
}
