package io.rapport.core.rule;

import io.rapport.core.model.Customer;
import io.rapport.core.model.Person;
import io.rapport.core.model.Touch;
import io.rapport.core.rulebook.Rulebook;

/**
 * Everything a rule may look at when a touch is recorded.
 *
 * @param actor the teammate who logged it, or null when it was observed in a channel
 */
public record TouchContext(Customer customer, Touch touch, Person actor, Rulebook rulebook) {

    /** Who a nudge about this customer goes to: the owner, else whoever logged the touch. */
    public Person responsible() {
        return customer.owner() != null ? customer.owner() : actor;
    }
}
