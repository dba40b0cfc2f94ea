package io.rapport.core.rule;

import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import io.rapport.core.rulebook.Rulebook;
import java.time.Duration;
import java.util.List;

/** Prioritize face-time: no meeting or video call for the tier's cadence nudges the owner to propose one. */
public final class FaceTimeRule extends CadenceRule {
    public static final String ID = "face_time";

    @Override
    public String id() {
        return ID;
    }

    @Override
    boolean resets(Touch touch) {
        return touch.kind().isFaceTime();
    }

    @Override
    Rulebook.TierCadence cadence(Rulebook rulebook) {
        return rulebook.faceTime();
    }

    @Override
    public NudgeText text(Nudge nudge, Customer customer, RenderContext render) {
        long days = days(nudge, render);
        String what = "true".equals(nudge.get("added"))
                ? "No face-to-face with " + customer.name() + " since they were added " + days + " days ago."
                : "No face-to-face with " + customer.name() + " for " + days + " days.";
        String cadence = nudge.get("cadence").isEmpty() ? ""
                : Duration.parse(nudge.get("cadence")).toDays() + " days for " + customer.tier().id() + " customers";
        return new NudgeText("Face time: " + customer.name(), what,
                "Prioritize face-time: a meeting or a video call builds what messages cannot.",
                "Propose a visit or a video call.",
                List.of(Words.fact("Customer", customer.name()), Words.fact("Cadence", cadence)),
                new NudgeText.ReplyButton("Log meeting", TouchKind.MEETING, Direction.OUT),
                null, false);
    }
}
