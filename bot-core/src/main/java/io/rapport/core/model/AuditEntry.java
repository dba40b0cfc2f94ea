package io.rapport.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a workspace's audit log: who did what, and when. It names its target by name and id only
 * ("customer Acme (c3)"), so forgetting a customer leaves the record that it was forgotten and nothing else
 * about them.
 *
 * @param action what was done, a command or an event ({@code forget}, {@code link team}, {@code uninstall})
 * @param target what it was done to, or empty
 */
public record AuditEntry(Instant at, Person who, String action, String target) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(action, "action");
        target = target == null ? "" : target;
    }

    /** "forget customer Acme (c3)". */
    public String what() {
        return target.isEmpty() ? action : action + " " + target;
    }
}
