package io.rapport.core.rule;

import java.util.List;

/** Every relationship rule of PRODUCT.md §2, in the order the rulebook lists them. */
public final class Rules {
    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(new ReciprocateRule(), new AttentionRule(), new FaceTimeRule(), new PromiseRule(),
                new PersistenceRule(), new FeedbackRule(), new ValidateRule(), new KeepInTouchRule(),
                new DatesRule(), new KudosRule(), new DigestRule());
    }
}
