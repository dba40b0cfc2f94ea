package io.rapport.core.engine;

import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Person;
import io.rapport.core.model.Touch;
import io.rapport.core.port.Change;
import io.rapport.core.port.ConflictException;
import io.rapport.core.port.Expectation;
import io.rapport.core.rule.Decision;
import io.rapport.core.rule.Rule;
import io.rapport.core.rule.TouchContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Records a touch together with what every rule decides about it, in one atomic commit: a touch is never
 * stored without its nudges, nor a nudge without its touch.
 */
final class TouchRecorder {
    private static final int ATTEMPTS = 3;
    private final Context context;

    TouchRecorder(Context context) {
        this.context = context;
    }

    void record(String workspace, Customer customer, Touch touch, Person actor) {
        record(workspace, customer, touch, actor, List.of());
    }

    /** Records the touch with {@code alongside}: other changes that must happen with it or not at all. */
    void record(String workspace, Customer customer, Touch touch, Person actor, List<Change> alongside) {
        TouchContext touchContext = new TouchContext(customer, touch, actor, context.rulebook());
        for (int attempt = 1; ; attempt++) {
            List<Expectation> expectations = new ArrayList<>();
            List<Change> changes = new ArrayList<>();
            expectations.add(new Expectation.CustomerExists(customer.id()));
            changes.add(new Change.AddTouch(touch));
            changes.addAll(alongside);
            for (Rule rule : context.rules()) {
                if (rule.enabled(context.rulebook())) {
                    for (Decision decision : rule.onTouch(touchContext)) {
                        apply(workspace, rule, customer, decision, expectations, changes);
                    }
                }
            }
            try {
                context.store().commit(workspace, expectations, changes);
                return;
            } catch (ConflictException e) {
                if (e.failed() instanceof Expectation.CustomerExists) {
                    throw new UserError(customer.name() + " was just removed; nothing was recorded.");
                }
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void apply(String workspace, Rule rule, Customer customer, Decision decision,
                       List<Expectation> expectations, List<Change> changes) {
        if (decision instanceof Decision.Schedule s) {
            if (context.store().activeNudge(workspace, s.key()).isPresent()) {
                return;
            }
            Nudge nudge = new Nudge(context.store().newId(workspace, "n"), customer.id(), rule.id(), s.key(),
                    s.assignee(), NudgeState.SCHEDULED, s.dueAt(), context.now(), 0, 0, s.data(), null, null);
            expectations.add(new Expectation.ActiveNudge(s.key(), null));
            changes.add(new Change.PutNudge(nudge));
        } else if (decision instanceof Decision.Clear c) {
            context.store().activeNudge(workspace, c.key()).ifPresent(n -> {
                expectations.add(new Expectation.ActiveNudge(c.key(), n.id()));
                changes.add(new Change.PutNudge(n.closed(NudgeState.CANCELLED, "rule:" + rule.id(), context.now())));
            });
        }
    }
}
