package io.rapport.core.rule;

import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Person;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import io.rapport.core.rulebook.Rulebook;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Make the employees feel good; they make the customers feel good. Customer praise that names a teammate is
 * posted at once to the team channel (without one, sent to the first teammate named). The digest counts it.
 */
public final class KudosRule implements Rule {
    public static final String ID = "kudos";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean enabled(Rulebook rulebook) {
        return rulebook.kudos().enabled();
    }

    @Override
    public List<Decision> onTouch(RuleContext context, Touch touch, Signals signals) {
        if (touch.kind() != TouchKind.PRAISE || touch.direction() != Direction.IN || signals.praised().isEmpty()) {
            return List.of();
        }
        Map<String, String> data = Words.aboutDetectedTouch(touch, signals);
        data.put("praised", signals.praised().stream().map(Person::name).collect(Collectors.joining(", ")));
        Person first = signals.praised().get(0);
        return List.of(new Decision.Schedule(ID + ":" + touch.id(), first, touch.at(), data).toTeam());
    }

    @Override
    public NudgeText text(Nudge nudge, Customer customer, RenderContext render) {
        String praised = nudge.get("praised");
        String quote = Words.quote(nudge.get("note"));
        NudgeText text = new NudgeText("Kudos to " + praised + "!",
                Words.whoAt(nudge.get("from"), customer) + " praised " + praised
                        + (quote.isEmpty() ? "." : ": " + quote),
                "Make the employees feel good; they make the customers feel good.",
                "Tell " + praised + " what it meant to the team, and pass the praise on.",
                List.of(Words.fact("Customer", customer.name())), null, null, true);
        return nudge.get("message").isEmpty() ? text : text.withCorrection("Not praise");
    }
}
