package io.rapport.core.rule;

import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.rulebook.Rulebook;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

/**
 * Be systems-oriented: monitor the effectiveness. Once a team channel is linked, a digest is posted there every
 * week on the rulebook's day and time (team zone); each one plans the next. The engine writes its content
 * (health movers, waiting nudges, promise keeping, reciprocity, kudos) when it is delivered.
 */
public final class DigestRule implements Rule {
    public static final String ID = "digest";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean enabled(Rulebook rulebook) {
        return rulebook.digest().enabled();
    }

    @Override
    public List<Decision> onTeamLinked(RuleContext context) {
        return List.of(next(context, context.now()));
    }

    @Override
    public List<Decision> onDue(RuleContext context, Nudge due) {
        Instant after = due.dueAt().isAfter(context.now()) ? due.dueAt() : context.now();
        return List.of(next(context, after));
    }

    /** The first digest time strictly after {@code after}. */
    static Decision next(RuleContext context, Instant after) {
        Rulebook.Digest digest = context.rulebook().digest();
        ZoneId zone = context.rulebook().team().timezone();
        LocalDate day = after.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(digest.day()));
        Instant at = day.atTime(digest.time()).atZone(zone).toInstant();
        if (!at.isAfter(after)) {
            at = day.plusWeeks(1).atTime(digest.time()).atZone(zone).toInstant();
        }
        LocalDate on = at.atZone(zone).toLocalDate();
        return new Decision.Schedule(ID + ":" + on, null, at, Map.of("week", on.toString())).toTeam()
                .forWorkspace();
    }

    /** Only the heading: the engine renders the digest's figures itself. */
    @Override
    public NudgeText text(Nudge nudge, Customer customer, RenderContext render) {
        return new NudgeText("Team digest", "How the team looked after its customers this week.",
                "Be systems-oriented: monitor the effectiveness.", "", List.of(), null, null, true);
    }
}
