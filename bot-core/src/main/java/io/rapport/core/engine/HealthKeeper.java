package io.rapport.core.engine;

import io.rapport.core.health.HealthInputs;
import io.rapport.core.health.HealthReport;
import io.rapport.core.health.HealthScore;
import io.rapport.core.health.HealthTrend;
import io.rapport.core.model.Customer;
import io.rapport.core.model.HealthPoint;
import io.rapport.core.port.Change;
import io.rapport.core.port.ConflictException;
import io.rapport.core.port.Expectation;
import io.rapport.core.port.Store;
import io.rapport.core.rule.ValidateRule;
import java.time.LocalDate;
import java.util.List;

/**
 * Scores customers and keeps one score per day (the team's day) for trends: after every touch, promise or
 * feedback, and in the daily round for customers nobody touched.
 */
final class HealthKeeper {
    private static final int RECENT = 200;
    private final Context context;
    private final HealthScore health;

    HealthKeeper(Context context) {
        this.context = context;
        this.health = new HealthScore(context.rulebook());
    }

    HealthReport report(String ws, Customer customer) {
        Store store = context.store();
        int open = store.activeNudge(ws, ValidateRule.complaintKey(customer.id())).isPresent() ? 1 : 0;
        return health.score(new HealthInputs(customer, store.stats(ws, customer.id()),
                store.touches(ws, customer.id(), RECENT), store.commitments(ws, customer.id()),
                store.feedback(ws, customer.id()), open), context.now());
    }

    HealthTrend trend(String ws, Customer customer, int score) {
        return HealthTrend.of(score, context.store().healthHistory(ws, customer.id()), today());
    }

    /** Scores the customer now and keeps it as today's score. A customer removed meanwhile is skipped. */
    HealthReport refresh(String ws, Customer customer) {
        HealthReport report = report(ws, customer);
        try {
            context.store().commit(ws, List.of(new Expectation.CustomerExists(customer.id())),
                    List.of(new Change.PutHealth(new HealthPoint(customer.id(), today(), report.score()))));
        } catch (ConflictException removed) {
            // forgotten between the touch and its score: nothing to keep
        }
        return report;
    }

    void refresh(String ws, String customerId) {
        context.store().customer(ws, customerId).ifPresent(c -> refresh(ws, c));
    }

    LocalDate today() {
        return context.now().atZone(context.rulebook().team().timezone()).toLocalDate();
    }
}
