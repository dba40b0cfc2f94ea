package io.rapport.core.engine;

import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Touch;
import io.rapport.core.rule.Decision;
import io.rapport.core.rule.NudgeText;
import io.rapport.core.rule.RenderContext;
import io.rapport.core.rule.Rule;
import io.rapport.core.rule.RuleContext;
import io.rapport.core.rule.Signals;
import io.rapport.core.rulebook.Rulebook;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The engine's own daily work, timed through the due index like any nudge (an {@code INTERNAL} one per
 * workspace, shortly after midnight in the team's zone): it scores every customer, so trends see the days
 * nobody touched them, and ends nudges whose moment has passed (a date gone by).
 */
final class DailyRound {
    static final String ID = "daily";
    private static final LocalTime AT = LocalTime.of(0, 5);
    private final Context context;
    private final HealthKeeper health;

    DailyRound(Context context, HealthKeeper health) {
        this.context = context;
        this.health = health;
    }

    void run(String ws) {
        for (Customer customer : context.store().customers(ws)) {
            health.refresh(ws, customer);
        }
        Instant now = context.now();
        for (Nudge n : context.store().activeNudges(ws)) {
            if (n.isExpired(now)) {
                Transaction.run(context, ws, tx -> tx.active(n.key()).filter(a -> a.id().equals(n.id()))
                        .ifPresent(a -> tx.update(a, a.closed(NudgeState.CANCELLED, "expired", now))));
            }
        }
    }

    /** Keeps the next round scheduled: planned when a customer is added or touched, and by each round. */
    static final class Timer implements Rule {
        @Override
        public String id() {
            return ID;
        }

        @Override
        public boolean enabled(Rulebook rulebook) {
            return true;
        }

        @Override
        public List<Decision> onCustomerAdded(RuleContext context) {
            return next(context, context.now());
        }

        @Override
        public List<Decision> onTouch(RuleContext context, Touch touch, Signals signals) {
            return next(context, context.now());
        }

        @Override
        public List<Decision> onDue(RuleContext context, Nudge due) {
            return next(context, due.dueAt().isAfter(context.now()) ? due.dueAt() : context.now());
        }

        private static List<Decision> next(RuleContext context, Instant after) {
            ZoneId zone = context.rulebook().team().timezone();
            LocalDate day = after.atZone(zone).toLocalDate();
            Instant at = day.atTime(AT).atZone(zone).toInstant();
            if (!at.isAfter(after)) {
                day = day.plusDays(1);
                at = day.atTime(AT).atZone(zone).toInstant();
            }
            return List.of(new Decision.Schedule(ID + ":" + day, null, at, Map.of()).internal().forWorkspace());
        }

        @Override
        public NudgeText text(Nudge nudge, Customer customer, RenderContext render) {
            return new NudgeText("Daily round", "", "", "", List.of(), null, null, true);
        }
    }
}
