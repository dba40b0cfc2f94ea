package io.rapport.slack;

import java.util.Optional;

/**
 * How Slack is set up. One workspace: {@code botToken}. Many (OAuth): {@code clientId} and
 * {@code clientSecret}, installations kept in Redis. {@code apiUrl} points the Web API (and response_urls)
 * at a fake for tests. {@code signingSecret} is null only in Socket Mode ({@code appToken}) without HTTP.
 */
public record SlackSettings(
        String signingSecret,
        Optional<String> botToken,
        Optional<String> clientId,
        Optional<String> clientSecret,
        Optional<String> appToken,
        Optional<String> apiUrl) {

    public boolean oauth() {
        return clientId.isPresent() && clientSecret.isPresent();
    }

    /** Which secrets are set, never their values: settings as they may end up in a log or an exception. */
    @Override
    public String toString() {
        return "SlackSettings[signingSecret=" + set(Optional.ofNullable(signingSecret)) + ", botToken=" + set(botToken)
                + ", clientId=" + clientId.orElse("none") + ", clientSecret=" + set(clientSecret) + ", appToken="
                + set(appToken) + ", apiUrl=" + apiUrl.orElse("Slack's") + "]";
    }

    private static String set(Optional<String> secret) {
        return secret.isPresent() ? "set" : "none";
    }
}
