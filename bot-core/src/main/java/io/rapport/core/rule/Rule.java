package io.rapport.core.rule;

import io.rapport.core.model.Commitment;
import io.rapport.core.model.Customer;
import io.rapport.core.model.ImportantDate;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Touch;
import io.rapport.core.rulebook.Rulebook;
import java.util.List;

/**
 * A relationship principle turned into timers and nudges. Implementations are pure: the same inputs give
 * the same decisions, with time passed in rather than read from a clock. A rule overrides only the moments
 * it cares about; the engine applies the decisions together with what happened, in one atomic write.
 *
 * <p>Time-based rules never scan: they schedule a nudge at the moment it would fire and re-plan it
 * ({@link Decision.Policy#REPLACE}) whenever something relevant happens. Recurring rules schedule their next
 * nudge from {@link #onDue}, under a key naming the occurrence, so running it twice changes nothing.
 */
public interface Rule {

    /** The rule's id in the rulebook and in nudge keys, e.g. {@code reciprocate}. */
    String id();

    boolean enabled(Rulebook rulebook);

    /** A touch was recorded: logged by a teammate, or seen in a linked channel. */
    default List<Decision> onTouch(RuleContext context, Touch touch, Signals signals) {
        return List.of();
    }

    /** A customer was added. */
    default List<Decision> onCustomerAdded(RuleContext context) {
        return List.of();
    }

    /** An important date was set (or set again) on the customer. */
    default List<Decision> onDateSet(RuleContext context, ImportantDate date) {
        return List.of();
    }

    /**
     * A promise was recorded, kept, cancelled or handed to someone else. {@code signals} says where a detected
     * one was read ({@link Signals#logged()} for the {@code promise} command).
     */
    default List<Decision> onPromise(RuleContext context, Commitment promise, Signals signals) {
        return List.of();
    }

    /** A teammate closed a nudge (Done, or Log reply), of this rule or any other. */
    default List<Decision> onNudgeClosed(RuleContext context, Nudge closed) {
        return List.of();
    }

    /**
     * One of this rule's nudges came due for the first time and was handled: delivered, or dropped because it
     * had expired or had nowhere to go. Recurring rules plan their next occurrence here.
     */
    default List<Decision> onDue(RuleContext context, Nudge due) {
        return List.of();
    }

    /** A channel became the team channel ({@code link team}). The context has no customer. */
    default List<Decision> onTeamLinked(RuleContext context) {
        return List.of();
    }

    /**
     * How a nudge of this rule reads when delivered. {@code customer} is null for a workspace-wide nudge.
     */
    NudgeText text(Nudge nudge, Customer customer, RenderContext render);
}
