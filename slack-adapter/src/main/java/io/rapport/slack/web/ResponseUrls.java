package io.rapport.slack.web;

import java.net.URI;
import java.util.Optional;

/**
 * Which {@code response_url}s Rapport will POST to. They arrive inside signed payloads, but a URL is still only
 * followed when it is Slack's own (https, a slack.com host), so a forged or mistaken payload cannot make
 * Rapport call anywhere else. With a test base set (the same setting that points the Web API at a fake),
 * Slack's hooks host is swapped for that base, so tests never leave the machine.
 */
public final class ResponseUrls {
    private final String testBase;

    /** @param testBase e.g. {@code http://127.0.0.1:5555/}, or null in production */
    public ResponseUrls(String testBase) {
        this.testBase = testBase == null ? null : testBase.endsWith("/") ? testBase : testBase + "/";
    }

    public Optional<String> resolve(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String host = uri.getHost() == null ? "" : uri.getHost();
        if (!"https".equals(uri.getScheme()) || !(host.equals("hooks.slack.com") || host.equals("hooks.slack-gov.com"))) {
            return Optional.empty();
        }
        if (testBase != null) {
            String path = uri.getRawPath().startsWith("/") ? uri.getRawPath().substring(1) : uri.getRawPath();
            return Optional.of(testBase + "hooks/" + path);
        }
        return Optional.of(url);
    }
}
