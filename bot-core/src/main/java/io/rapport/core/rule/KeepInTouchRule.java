package io.rapport.core.rule;

import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import io.rapport.core.rulebook.Rulebook;
import java.util.List;

/** Social capital decays without care: no touch at all for the tier's cadence nudges the owner. */
public final class KeepInTouchRule extends CadenceRule {
    public static final String ID = "keep_in_touch";

    @Override
    public String id() {
        return ID;
    }

    @Override
    boolean resets(Touch touch) {
        return true;
    }

    @Override
    Rulebook.TierCadence cadence(Rulebook rulebook) {
        return rulebook.keepInTouch();
    }

    @Override
    public NudgeText text(Nudge nudge, Customer customer, RenderContext render) {
        long days = days(nudge, render);
        String what = "true".equals(nudge.get("added"))
                ? "Nobody has talked to " + customer.name() + " since they were added " + days + " days ago."
                : "It's been " + days + " days since anyone talked to " + customer.name() + ".";
        return new NudgeText("Keep in touch: " + customer.name(), what,
                "Social capital decays without care: a short check-in keeps the relationship warm.",
                "Send a note that is about them: their news, something useful to them, or a simple question.",
                List.of(Words.fact("Customer", customer.name()), Words.fact("Tier", customer.tier().id())),
                new NudgeText.ReplyButton("Log touch", TouchKind.MESSAGE, Direction.OUT), null, false);
    }
}
