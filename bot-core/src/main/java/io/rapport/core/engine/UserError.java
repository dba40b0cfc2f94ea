package io.rapport.core.engine;

/** Something the person asked for cannot be done; the message says why and what would work. */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
