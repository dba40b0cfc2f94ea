package io.rapport.core.model;

/**
 * {@code SCHEDULED}: waiting in the due index (new or snoozed); {@code OPEN}: delivered, waiting for
 * the teammate; {@code DONE} and {@code CANCELLED} are final.
 */
public enum NudgeState {
    SCHEDULED, OPEN, DONE, CANCELLED;

    public boolean isActive() {
        return this == SCHEDULED || this == OPEN;
    }
}
