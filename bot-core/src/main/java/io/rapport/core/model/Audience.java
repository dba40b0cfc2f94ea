package io.rapport.core.model;

/**
 * Where a nudge goes when it comes due. {@code PERSON}: a private message to its assignee, in their working
 * hours. {@code TEAM}: a post to the team channel ({@code link team}); without one it goes privately to the
 * assignee, if any. {@code INTERNAL}: nobody; the engine's own timed work (the daily health round).
 */
public enum Audience {
    PERSON, TEAM, INTERNAL
}
