package io.rapport.core.command;

import io.rapport.core.model.Direction;
import io.rapport.core.model.Tier;
import io.rapport.core.model.TouchKind;
import java.time.Duration;

/**
 * A parsed command. Customer arguments are still the text the person typed; the engine resolves them
 * (case-insensitively, by unique prefix, with "did you mean").
 */
public sealed interface Command {

    record Help(String topic) implements Command {
    }

    /** {@code owner} is a user id, or null for "whoever adds it". */
    record Add(String name, Tier tier, String owner) implements Command {
    }

    record Link(String customer) implements Command {
    }

    record Contact(String customer, String user) implements Command {
    }

    record Show(String customer) implements Command {
    }

    /** {@code direction} is null when not given: the kind's default applies. */
    record Log(String customer, TouchKind kind, Direction direction, String note) implements Command {
    }

    record Promise(String customer, String what, String when) implements Command {
    }

    record Note(String customer, String text) implements Command {
    }

    record Date(String customer, String label, String date) implements Command {
    }

    record Feedback(String customer, int score, String comment) implements Command {
    }

    record Mine() implements Command {
    }

    record Done(String id) implements Command {
    }

    record Snooze(String id, Duration duration) implements Command {
    }

    record Reassign(String id, String user) implements Command {
    }

    /** {@code customer} is null for the team's list. */
    record Health(String customer) implements Command {
    }

    record Digest() implements Command {
    }

    record Export(String customer) implements Command {
    }

    record Forget(String customer) implements Command {
    }

    /** The newest {@code limit} entries of the workspace's audit log. */
    record Audit(int limit) implements Command {
        /** How many entries {@code audit} shows when not told. */
        public static final int DEFAULT = 20;
        /** The most it shows at once. */
        public static final int MAX = 200;
    }
}
