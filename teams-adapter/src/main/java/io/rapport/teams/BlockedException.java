package io.rapport.teams;

import io.rapport.core.port.DeliveryException;

/** The connector answered 403 or 404: the bot was blocked, removed or uninstalled there. */
public final class BlockedException extends DeliveryException {
    public BlockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
