package io.rapport.teams;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether Rapport may send to an activity's {@code serviceUrl}. Without authentication the SDK
 * would post replies wherever a caller says; this keeps them on Teams' own hosts (and loopback locally).
 */
final class ServiceUrlPolicy {
    private final List<String> hosts;
    private final boolean allowLoopback;

    ServiceUrlPolicy(List<String> hosts, boolean allowLoopback) {
        this.hosts = hosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
        this.allowLoopback = allowLoopback;
    }

    /** Null when allowed, else why not (for the 403 body and the log). */
    String refusal(String serviceUrl) {
        if (serviceUrl == null || serviceUrl.isBlank()) {
            return "the activity has no serviceUrl to answer to";
        }
        URI uri;
        try {
            uri = new URI(serviceUrl.trim());
        } catch (Exception e) {
            return "the serviceUrl is not a URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getUserInfo() != null) {
            return "the serviceUrl has no usable host";
        }
        if (allowLoopback && isLoopback(host) && (scheme.equals("http") || scheme.equals("https"))) {
            return null;
        }
        if (!scheme.equals("https")) {
            return "the serviceUrl must use https";
        }
        for (String allowed : hosts) {
            if (allowed.startsWith(".") ? host.endsWith(allowed) : host.equals(allowed)) {
                return null;
            }
        }
        return "the serviceUrl host " + host + " is not on the allow-list (TEAMS_SERVICE_HOSTS)";
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equals("localhost")) {
            return true;
        }
        // only literal addresses: a name is never resolved here, so DNS cannot turn it into loopback
        if (!h.matches("[0-9.]+|[0-9a-f:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
