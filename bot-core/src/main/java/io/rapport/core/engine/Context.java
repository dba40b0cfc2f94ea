package io.rapport.core.engine;

import io.rapport.core.model.Person;
import io.rapport.core.port.Store;
import io.rapport.core.rule.Rule;
import io.rapport.core.rulebook.Rulebook;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every handler needs: state, rules, time. */
record Context(Store store, Rulebook rulebook, Clock clock, List<Rule> rules) {

    Instant now() {
        return clock.instant();
    }

    Rule rule(String id) {
        return find(id).orElseThrow(() -> new IllegalStateException("no rule " + id));
    }

    /** The rule with this id while it is registered and enabled in the rulebook. */
    Optional<Rule> enabled(String id) {
        return find(id).filter(r -> r.enabled(rulebook));
    }

    private Optional<Rule> find(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    static Person person(String id, Map<String, Person> mentions) {
        return mentions.getOrDefault(id, Person.of(id));
    }
}
