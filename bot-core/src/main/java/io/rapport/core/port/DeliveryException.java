package io.rapport.core.port;

/** A message could not be delivered now; the scheduler tries again later. */
public class DeliveryException extends RuntimeException {
    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
