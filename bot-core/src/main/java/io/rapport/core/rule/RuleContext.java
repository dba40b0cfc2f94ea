package io.rapport.core.rule;

import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Person;
import io.rapport.core.rulebook.Rulebook;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What a rule may look at when something happens.
 *
 * @param customer the customer it is about, or null for a workspace-wide event (team channel linked, digest)
 * @param active   the customer's scheduled and open nudges, as they were before this event; the engine reads
 *                 them only if a rule looks
 * @param actor    the teammate who caused it, or null (observed in a channel, or time passing)
 */
public record RuleContext(Customer customer, List<Nudge> active, Rulebook rulebook, Instant now, Person actor) {

    public RuleContext {
        // not copied: that would read what the engine leaves unread until a rule looks
        active = active == null ? List.of() : Collections.unmodifiableList(active);
    }

    /** Who a nudge about this customer goes to: the owner, else whoever caused the event. */
    public Person responsible() {
        return customer != null && customer.owner() != null ? customer.owner() : actor;
    }

    public Optional<Nudge> active(String key) {
        return active.stream().filter(n -> n.key().equals(key)).findFirst();
    }

    public List<Nudge> activeOf(String rule) {
        return active.stream().filter(n -> n.rule().equals(rule)).toList();
    }
}
