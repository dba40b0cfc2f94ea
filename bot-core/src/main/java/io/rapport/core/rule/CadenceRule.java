package io.rapport.core.rule;

import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Touch;
import io.rapport.core.rulebook.Rulebook;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A per-tier cadence: one nudge per customer, due a cadence after the last touch that counts (or after the
 * customer was added). Every such touch re-plans it; "Done" without such a touch starts the cadence again
 * from now, so a rule never falls silent.
 */
abstract class CadenceRule implements Rule {

    /** Whether this touch restarts the cadence. */
    abstract boolean resets(Touch touch);

    abstract Rulebook.TierCadence cadence(Rulebook rulebook);

    String key(String customerId) {
        return id() + ":" + customerId;
    }

    @Override
    public boolean enabled(Rulebook rulebook) {
        return cadence(rulebook).enabled();
    }

    @Override
    public List<Decision> onCustomerAdded(RuleContext context) {
        Customer customer = context.customer();
        return schedule(context, customer.createdAt(), customer.createdAt(), true, false);
    }

    @Override
    public List<Decision> onTouch(RuleContext context, Touch touch, Signals signals) {
        return resets(touch) ? schedule(context, touch.at(), touch.at(), false, true) : List.of();
    }

    @Override
    public List<Decision> onNudgeClosed(RuleContext context, Nudge closed) {
        if (!closed.rule().equals(id()) || closed.state() != NudgeState.DONE) {
            return List.of();
        }
        Instant since = Words.at(closed);
        return schedule(context, since, context.now(), "true".equals(closed.get("added")), false);
    }

    private List<Decision> schedule(RuleContext context, Instant since, Instant from, boolean added,
                                    boolean replace) {
        if (context.responsible() == null) {
            return List.of();
        }
        Duration cadence = cadence(context.rulebook()).of(context.customer().tier());
        Decision.Schedule s = new Decision.Schedule(key(context.customer().id()), context.responsible(),
                from.plus(cadence), Map.of("at", since.toString(), "added", Boolean.toString(added),
                "cadence", cadence.toString()));
        return List.of(replace ? s.replacing() : s);
    }

    /** Whole days since the last touch that counts, for the nudge's words. */
    static long days(Nudge nudge, RenderContext render) {
        return Math.max(0, Duration.between(Words.at(nudge), render.now()).toDays());
    }
}
