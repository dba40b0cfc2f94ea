package io.rapport.core.rule;

import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Person;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import io.rapport.core.rulebook.Rulebook;
import io.rapport.core.time.Ago;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The customer feels heard first. An inbound complaint nudges the owner at once with how to acknowledge it;
 * the first validating reply (a teammate's non-defensive message, call, email or meeting) or "Done" clears
 * it. A teammate's reply that reads as defensive gets a private tone note to its author, whatever the
 * complaint state.
 */
public final class ValidateRule implements Rule {
    public static final String ID = "validate";
    private static final Set<TouchKind> REPLIES = Set.of(TouchKind.MESSAGE, TouchKind.CALL, TouchKind.EMAIL,
            TouchKind.MEETING, TouchKind.VIDEO, TouchKind.HELP);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean enabled(Rulebook rulebook) {
        return rulebook.validate().enabled();
    }

    public static String complaintKey(String customerId) {
        return ID + ":" + customerId + ":complaint";
    }

    static String toneKey(String customerId, String touchId) {
        return ID + ":" + customerId + ":tone:" + touchId;
    }

    /** A teammate's reply that answers rather than argues (an outreach still awaiting an answer is no reply). */
    static boolean validates(Touch touch, Signals signals) {
        return touch.direction() == Direction.OUT && !signals.defensive() && REPLIES.contains(touch.kind())
                && !touch.unanswered();
    }

    @Override
    public List<Decision> onTouch(RuleContext context, Touch touch, Signals signals) {
        String customerId = context.customer().id();
        List<Decision> out = new ArrayList<>();
        if (touch.kind() == TouchKind.COMPLAINT && touch.direction() == Direction.IN
                && context.responsible() != null) {
            Map<String, String> data = Words.aboutDetectedTouch(touch, signals);
            data.put("severity", Integer.toString(signals.severity()));
            out.add(new Decision.Schedule(complaintKey(customerId), context.responsible(), touch.at(), data));
        }
        if (touch.direction() == Direction.OUT && signals.defensive()) {
            Person author = touch.who() != null ? touch.who() : context.actor();
            if (author != null) {
                Map<String, String> data = Words.aboutTouch(touch, Signals.logged());
                data.put("tone", "defensive");
                data.put("evidence", signals.evidence());
                if (signals.messageKey() != null) {
                    data.put("message", signals.messageKey());
                    data.put("label", "defensive");
                }
                out.add(new Decision.Schedule(toneKey(customerId, touch.id()), author, touch.at(), data));
            }
        }
        if (validates(touch, signals)) {
            out.add(new Decision.Clear(complaintKey(customerId)));
        }
        return out;
    }

    @Override
    public NudgeText text(Nudge nudge, Customer customer, RenderContext render) {
        String why = "The customer feels heard first: acknowledge and empathise before solving.";
        boolean correctable = !nudge.get("message").isEmpty();
        if ("defensive".equals(nudge.get("tone"))) {
            String evidence = nudge.get("evidence");
            NudgeText tone = new NudgeText("Tone check: your reply to " + customer.name(),
                    "Your reply to " + customer.name() + " may read as defensive"
                            + (evidence.isBlank() ? "." : " (" + Words.quote(evidence) + ")."),
                    why, "Follow up with an acknowledgement before the facts: \"You're right to raise this, and "
                            + "I'm sorry for the trouble. Here is what I'll do next…\"",
                    List.of(Words.fact("Your reply", Words.quote(nudge.get("note")))), null, null, false);
            return correctable ? tone.withCorrection("Not defensive") : tone;
        }
        String severity = switch (nudge.get("severity")) {
            case "3" -> "severe";
            case "2" -> "serious";
            case "1" -> "mild";
            default -> "";
        };
        NudgeText text = new NudgeText("Acknowledge first: " + customer.name(),
                Words.whoAt(nudge.get("from"), customer) + " raised a complaint "
                        + Ago.of(Words.at(nudge), render.now()) + (nudge.get("note").isBlank() ? "."
                        : ": " + Words.quote(nudge.get("note"))),
                why, "Reply before you fix: thank them for telling you, say the problem back in their words, "
                        + "say sorry for the impact, then say what happens next and by when. Avoid \"as I said\" "
                        + "and \"actually\".",
                List.of(Words.fact("Customer", customer.name()), Words.fact("Severity", severity)),
                NudgeText.ReplyButton.out(TouchKind.MESSAGE), null, false);
        return correctable ? text.withCorrection("Not a complaint") : text;
    }
}
