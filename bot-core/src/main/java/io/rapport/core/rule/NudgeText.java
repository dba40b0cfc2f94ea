package io.rapport.core.rule;

import io.rapport.core.message.Fact;
import io.rapport.core.model.Direction;
import io.rapport.core.model.TouchKind;
import java.util.List;

/**
 * The words of a nudge: what happened, why it matters (the principle, in one sentence) and what to do
 * next, and which of the optional buttons fit.
 *
 * @param reply      what the "Log reply" button records, or null for no such button
 * @param correction the label of the button that undoes a wrong detection ("Not a thanks"), or null
 * @param notice     a notice to read, not a task (kudos, digest): no Done, Snooze or Reassign, and it is
 *                   finished once delivered
 */
public record NudgeText(String title, String what, String why, String next, List<Fact> facts, ReplyButton reply,
                        String correction, boolean notice) {

    /** A touch the "Log reply" button records for the teammate in one press. */
    public record ReplyButton(String label, TouchKind kind, Direction direction) {
        public static ReplyButton out(TouchKind kind) {
            return new ReplyButton("Log reply", kind, Direction.OUT);
        }
    }

    public NudgeText {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    /** A task with a "Log reply" button recording {@code logReply} (a touch kind id) going out, or none. */
    public NudgeText(String title, String what, String why, String next, List<Fact> facts, String logReply) {
        this(title, what, why, next, facts, logReply == null ? null
                : ReplyButton.out(TouchKind.parse(logReply).orElse(TouchKind.MESSAGE)), null, false);
    }

    public NudgeText withCorrection(String label) {
        return new NudgeText(title, what, why, next, facts, reply, label, notice);
    }

    public NudgeText asNotice() {
        return new NudgeText(title, what, why, next, facts, reply, correction, true);
    }

    /** The touch kind id the reply button records, or null (kept for callers of the first form). */
    public String logReply() {
        return reply == null ? null : reply.kind().id();
    }
}
