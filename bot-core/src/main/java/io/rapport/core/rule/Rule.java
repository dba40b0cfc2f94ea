package io.rapport.core.rule;

import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.rulebook.Rulebook;
import java.time.Instant;
import java.util.List;

/**
 * A relationship principle turned into a timer and a nudge. Implementations are pure: the same inputs
 * give the same decisions, with time passed in rather than read from a clock.
 */
public interface Rule {

    /** The rule's id in the rulebook and in nudge keys, e.g. {@code reciprocate}. */
    String id();

    boolean enabled(Rulebook rulebook);

    /** What a newly recorded touch means for this rule's nudges. */
    List<Decision> onTouch(TouchContext context);

    /** How a nudge of this rule reads when it is delivered at {@code now}. */
    NudgeText text(Nudge nudge, Customer customer, Instant now);
}
