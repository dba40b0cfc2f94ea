package io.rapport.core.message;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The neutral outbound message every adapter renders natively (Block Kit, Adaptive Card, HTML). All
 * strings are plain text: adapters escape them, so nothing a user typed becomes markup or a mention.
 *
 * @param title   short heading, may be null
 * @param body    the message itself, may be multi-line
 * @param facts   label/value lines
 * @param actions buttons; empty once a nudge was acted on
 * @param context a small status line ("Done by Alex"), may be null
 */
public record Card(String title, String body, List<Fact> facts, List<Action> actions, String context) {

    public Card {
        body = body == null ? "" : body;
        facts = facts == null ? List.of() : List.copyOf(facts);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public static Card text(String body) {
        return new Card(null, body, List.of(), List.of(), null);
    }

    public Card withActions(List<Action> next) {
        return new Card(title, body, facts, next, context);
    }

    public Card withContext(String next) {
        return new Card(title, body, facts, actions, next);
    }

    /** What a client without rich rendering shows (notification previews, plain-text clients). */
    public String fallbackText() {
        StringBuilder out = new StringBuilder();
        if (title != null && !title.isBlank()) {
            out.append(title).append('\n');
        }
        out.append(body);
        if (!facts.isEmpty()) {
            out.append('\n').append(facts.stream()
                    .map(f -> f.label() + ": " + f.value())
                    .collect(Collectors.joining("\n")));
        }
        if (context != null && !context.isBlank()) {
            out.append('\n').append(context);
        }
        return out.toString().strip();
    }
}
