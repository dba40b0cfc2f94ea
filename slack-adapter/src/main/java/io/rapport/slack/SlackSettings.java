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
}
