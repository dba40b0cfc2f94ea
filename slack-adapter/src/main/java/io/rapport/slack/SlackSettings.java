package io.rapport.slack;

import io.rapport.slack.oauth.TokenCipher;
import java.util.Optional;
import java.util.Set;

/**
 * How Slack is set up. One workspace: {@code botToken}. Many (OAuth): {@code clientId} and
 * {@code clientSecret}, installations kept in Redis, sealed by {@code cipher}. {@code apiUrl} points the Web API
 * (and response_urls) at a fake for tests. {@code signingSecret} is null only in Socket Mode ({@code appToken})
 * without HTTP. {@code admins} are Slack user ids who are admins besides the workspace's own admins and owners.
 */
public record SlackSettings(
        String signingSecret,
        Optional<String> botToken,
        Optional<String> clientId,
        Optional<String> clientSecret,
        Optional<String> appToken,
        Optional<String> apiUrl,
        TokenCipher cipher,
        Set<String> admins) {

    public SlackSettings {
        admins = Set.copyOf(admins);
    }

    /** Installations stored clear, no admins beyond Slack's own. */
    public SlackSettings(String signingSecret, Optional<String> botToken, Optional<String> clientId,
                         Optional<String> clientSecret, Optional<String> appToken, Optional<String> apiUrl) {
        this(signingSecret, botToken, clientId, clientSecret, appToken, apiUrl, TokenCipher.none(), Set.of());
    }

    public boolean oauth() {
        return clientId.isPresent() && clientSecret.isPresent();
    }

    public SlackSettings withCipher(TokenCipher next) {
        return new SlackSettings(signingSecret, botToken, clientId, clientSecret, appToken, apiUrl, next, admins);
    }

    public SlackSettings withAdmins(Set<String> next) {
        return new SlackSettings(signingSecret, botToken, clientId, clientSecret, appToken, apiUrl, cipher, next);
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
