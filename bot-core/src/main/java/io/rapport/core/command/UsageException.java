package io.rapport.core.command;

/**
 * The command was not understood. The message says what was wrong; {@code spec}, when known, gives the
 * usage line and an example of the right form.
 */
public class UsageException extends RuntimeException {
    private final CommandSpec spec;

    public UsageException(String message, CommandSpec spec) {
        super(message);
        this.spec = spec;
    }

    public CommandSpec spec() {
        return spec;
    }
}
