package io.rapport.core.detect;

/**
 * The name existing wiring knows the customer-message detector by. It was a first keyword stand-in; it now
 * hands every message to {@link RuleBasedGestureDetector}, which new code should name directly.
 */
public final class KeywordGestureDetector implements GestureDetector {

    private final RuleBasedGestureDetector rules = new RuleBasedGestureDetector();

    @Override
    public Detection classify(String text) {
        return rules.classify(text);
    }
}
