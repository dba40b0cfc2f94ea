package io.rapport.slack.blocks;

import io.rapport.core.message.Action;

/**
 * Slack wants every action_id in a block to be unique, but a card has several buttons that do the same thing
 * ("Snooze 1h", "Snooze 1d"). The action_id is {@code <id>|<position>}; a user picker has no value field, so its
 * value rides in the action_id as {@code <id>|<position>|<value>}.
 */
public final class ActionIds {
    private ActionIds() {
    }

    public static String encode(Action action, int position) {
        String base = action.id() + "|" + position;
        return action.kind() == Action.Kind.USER_PICKER && action.value() != null ? base + "|" + action.value() : base;
    }

    /** The core's action id and, for a picker, its value (null for a button). */
    public static Decoded decode(String actionId) {
        if (actionId == null) {
            return new Decoded("", null);
        }
        String[] parts = actionId.split("\\|", 3);
        return new Decoded(parts[0], parts.length == 3 ? parts[2] : null);
    }

    public record Decoded(String id, String value) {
    }
}
