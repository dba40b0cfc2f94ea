package io.rapport.core.rulebook;

/** The rulebook is not valid; the message names each bad field and shows a right value. */
public class RulebookException extends RuntimeException {
    public RulebookException(String message) {
        super(message);
    }
}
