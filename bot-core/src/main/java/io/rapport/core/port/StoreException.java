package io.rapport.core.port;

/** Storage failed or is unreachable. The operation may or may not have happened only where a method says so. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
