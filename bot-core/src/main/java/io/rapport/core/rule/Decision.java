package io.rapport.core.rule;

import io.rapport.core.model.Audience;
import io.rapport.core.model.Person;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** What a rule wants done with its nudges. The engine applies decisions; rules never write state. */
public sealed interface Decision {

    /** What happens when a nudge with the same key is already active. */
    enum Policy {
        /** Leave it as it is: re-evaluating a rule never makes a second copy (a pending timer keeps running). */
        KEEP,
        /**
         * Re-plan it: a scheduled one moves to the new time with the new words (keeping its id and deliveries);
         * a delivered one is cancelled and a fresh one scheduled (a cadence restarted by a touch).
         */
        REPLACE
    }

    /**
     * Have a nudge with this key due at {@code dueAt}.
     *
     * @param assignee      who receives it (for {@code TEAM}: who it falls back to without a team channel)
     * @param expiresAt     when it stops making sense, or null
     * @param workspaceWide about no customer (the digest, the daily round)
     */
    record Schedule(String key, Audience audience, Person assignee, Instant dueAt, Map<String, String> data,
                    Instant expiresAt, Policy policy, boolean workspaceWide) implements Decision {

        public Schedule {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(dueAt, "dueAt");
            audience = audience == null ? Audience.PERSON : audience;
            policy = policy == null ? Policy.KEEP : policy;
            data = data == null ? Map.of() : Map.copyOf(data);
        }

        /** A private nudge, kept if one is already active. */
        public Schedule(String key, Person assignee, Instant dueAt, Map<String, String> data) {
            this(key, Audience.PERSON, assignee, dueAt, data, null, Policy.KEEP, false);
        }

        public Schedule replacing() {
            return new Schedule(key, audience, assignee, dueAt, data, expiresAt, Policy.REPLACE, workspaceWide);
        }

        public Schedule toTeam() {
            return new Schedule(key, Audience.TEAM, assignee, dueAt, data, expiresAt, policy, workspaceWide);
        }

        public Schedule internal() {
            return new Schedule(key, Audience.INTERNAL, assignee, dueAt, data, expiresAt, policy, workspaceWide);
        }

        public Schedule expiring(Instant at) {
            return new Schedule(key, audience, assignee, dueAt, data, at, policy, workspaceWide);
        }

        public Schedule forWorkspace() {
            return new Schedule(key, audience, assignee, dueAt, data, expiresAt, policy, true);
        }
    }

    /** The reason for the nudge with this key has gone: cancel it if it is active. */
    record Clear(String key) implements Decision {
    }
}
