package io.rapport.app.webchat;

/** A request the web chat API cannot take; {@code status} is the HTTP status, the message says why. */
public class ApiError extends RuntimeException {
    private final int status;

    public ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
