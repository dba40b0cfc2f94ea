package io.rapport.core.command;

import java.util.List;

/** A command's name, usage line, one-line purpose and examples, for help and error messages. */
public record CommandSpec(String name, String usage, String summary, List<String> examples, boolean adminOnly) {

    public String example() {
        return examples.get(0);
    }
}
