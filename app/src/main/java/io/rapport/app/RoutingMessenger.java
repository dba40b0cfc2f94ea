package io.rapport.app;

import io.rapport.core.message.Card;
import io.rapport.core.model.Person;
import io.rapport.core.port.DeliveryException;
import io.rapport.core.port.Messenger;
import java.util.Map;

/**
 * Sends each message through the adapter its workspace belongs to: {@code local} is the web chat,
 * {@code slack:T…} a Slack workspace, {@code teams:…} a Teams tenant.
 */
public final class RoutingMessenger implements Messenger {
    private final Map<String, Messenger> byPlatform;

    /** @param byPlatform {@code local}, {@code slack}, {@code teams} to the adapter's messenger */
    public RoutingMessenger(Map<String, Messenger> byPlatform) {
        this.byPlatform = Map.copyOf(byPlatform);
    }

    /** {@code local}, {@code slack}, {@code teams}: what comes before the workspace's colon, if it has one. */
    public static String platformOf(String workspace) {
        int colon = workspace.indexOf(':');
        return colon < 0 ? workspace : workspace.substring(0, colon);
    }

    private Messenger route(String workspace) {
        Messenger m = byPlatform.get(platformOf(workspace));
        if (m == null) {
            throw new DeliveryException("no adapter is configured for workspace " + workspace, null);
        }
        return m;
    }

    @Override
    public void sendPrivate(String workspace, Person to, Card card, String key) {
        route(workspace).sendPrivate(workspace, to, card, key);
    }

    @Override
    public void postToTeam(String workspace, String channel, Card card, String key) {
        route(workspace).postToTeam(workspace, channel, card, key);
    }
}
