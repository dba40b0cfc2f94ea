package io.rapport.core.rule;

import io.rapport.core.rulebook.Rulebook;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When and for whom a nudge is worded.
 *
 * @param zone the reader's zone (the assignee's, or the team's for a team post), for the times it shows
 */
public record RenderContext(Instant now, ZoneId zone, Rulebook rulebook) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    /** "Fri 6 Mar 17:00" in the reader's zone. */
    public String when(Instant at) {
        return WHEN.format(at.atZone(zone));
    }

    public BusinessHours businessHours() {
        return BusinessHours.of(rulebook.team());
    }
}
