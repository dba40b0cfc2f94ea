package io.rapport.slack.web;

import io.rapport.core.port.DeliveryException;

/**
 * A Web API call failed. {@code error} is Slack's error code ({@code channel_not_found}, {@code ratelimited}…)
 * or an HTTP status; {@code permanent} when trying again cannot help (a bad token, a missing channel).
 */
public final class SlackCallException extends DeliveryException {
    private final String error;
    private final boolean permanent;

    public SlackCallException(String method, String error, boolean permanent, Throwable cause) {
        super("Slack " + method + " failed: " + error, cause);
        this.error = error;
        this.permanent = permanent;
    }

    public String error() {
        return error;
    }

    public boolean permanent() {
        return permanent;
    }
}
