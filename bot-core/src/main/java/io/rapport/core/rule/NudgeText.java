package io.rapport.core.rule;

import io.rapport.core.message.Fact;
import java.util.List;

/**
 * The words of a nudge: what happened, why it matters (the principle, in one sentence) and what to do
 * next. {@code logReply} names the touch kind the "Log reply" button records, or null for no such button.
 */
public record NudgeText(String title, String what, String why, String next, List<Fact> facts, String logReply) {
}
