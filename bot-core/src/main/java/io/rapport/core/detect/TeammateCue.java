package io.rapport.core.detect;

import java.util.Locale;

/** A named signal in a teammate's message. */
enum TeammateCue {
    /** "I'll", "we will", "let me", "we're going to", "you'll have": the writer's side takes something on. */
    COMMIT,
    /** "has committed to", "expect a call": a commitment stated about the team or its result. */
    COMMIT_STATED,
    /** "we should have it", "should be done": hedged, a promise only with a time. */
    COMMIT_HEDGED,
    /** "let me know", "let's see", "can't promise", "no plans to": looks like a commitment, is not one. */
    NOT_COMMIT,
    /** "OOO", "on leave": the writer's own plans. */
    ABSENCE,
    /** "once…", "as soon as…", "in the next release", "shortly": when, without a date. */
    EVENT_DUE,
    /** "as I already explained", "not our fault", "working as designed": arguing or deflecting. */
    DEFENSIVE,
    /** "look,", "actually,", "anyway": a sharp edge that is defensive only alongside another. */
    DEFENSIVE_EDGE;

    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    String id() {
        return id;
    }
}
