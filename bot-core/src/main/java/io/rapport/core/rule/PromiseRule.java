package io.rapport.core.rule;

import io.rapport.core.model.Commitment;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Person;
import io.rapport.core.rulebook.Rulebook;
import io.rapport.core.time.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Integrity: keep every promise. A promise (the {@code promise} command, or a commitment detected in a
 * teammate's message) gets a reminder {@code remindBefore} its due time and one at the due time, for
 * whoever holds it. Keeping it ({@code done p3}) or correcting a wrong detection clears both; handing it to
 * someone else moves them. A promise still open after its due time counts as broken in the health score
 * and the digest.
 */
public final class PromiseRule implements Rule {
    public static final String ID = "promises";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean enabled(Rulebook rulebook) {
        return rulebook.promises().enabled();
    }

    public static String beforeKey(String promiseId) {
        return ID + ":" + promiseId + ":before";
    }

    public static String dueKey(String promiseId) {
        return ID + ":" + promiseId + ":due";
    }

    @Override
    public List<Decision> onPromise(RuleContext context, Commitment promise, Signals signals) {
        if (!promise.isOpen()) {
            return List.of(new Decision.Clear(beforeKey(promise.id())), new Decision.Clear(dueKey(promise.id())));
        }
        Person holder = promise.owner() != null ? promise.owner() : context.responsible();
        if (holder == null) {
            return List.of();
        }
        Map<String, String> data = new HashMap<>(Map.of("promise", promise.id(), "text", promise.text(),
                "due", promise.due().toString(), "at", promise.createdAt().toString()));
        if (signals.correctable()) {
            data.put("message", signals.messageKey());
            data.put("label", "promise");
        }
        List<Decision> out = new ArrayList<>();
        Instant before = promise.due().minus(context.rulebook().promises().remindBefore());
        if (before.isAfter(context.now())) {
            out.add(new Decision.Schedule(beforeKey(promise.id()), holder, before, withStage(data, "before"))
                    .replacing());
        } else {
            out.add(new Decision.Clear(beforeKey(promise.id())));
        }
        out.add(new Decision.Schedule(dueKey(promise.id()), holder, promise.due(), withStage(data, "due"))
                .replacing());
        return out;
    }

    private static Map<String, String> withStage(Map<String, String> data, String stage) {
        Map<String, String> copy = new HashMap<>(data);
        copy.put("stage", stage);
        return copy;
    }

    @Override
    public NudgeText text(Nudge nudge, Customer customer, RenderContext render) {
        Instant due = Instant.parse(nudge.get("due"));
        String what = nudge.get("text");
        String id = nudge.get("promise");
        boolean atDue = "due".equals(nudge.get("stage"));
        String title = (atDue ? "Promise due now: " : "Promise due soon: ") + customer.name();
        String happened = atDue
                ? "Your promise to " + customer.name() + " is due now: " + what + "."
                : "Your promise to " + customer.name() + " is due in "
                        + Durations.human(Duration.between(render.now(), due).plusSeconds(30)) + ": " + what + ".";
        NudgeText text = new NudgeText(title, happened,
                "Integrity: keep every promise; one kept late counts as broken.",
                atDue ? "Deliver it now, or tell them today when it will come and why. Then press Done."
                        : "Deliver it before " + render.when(due) + ", then press Done (or type done " + id + ").",
                List.of(Words.fact("Promise", id), Words.fact("Due", render.when(due))), null, null, false);
        return nudge.get("message").isEmpty() ? text : text.withCorrection("Not a promise");
    }
}
