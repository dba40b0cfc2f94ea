package io.rapport.core.port;

import io.rapport.core.message.Card;
import io.rapport.core.model.Person;

/**
 * Outbound contract an adapter fulfils. {@code key} identifies the message: sending with a key that
 * was already delivered must not show the person a second copy.
 */
public interface Messenger {

    /** A private message (a DM) to one person. */
    void sendPrivate(String workspace, Person to, Card card, String key);

    /**
     * A post to the team's own channel (escalations, kudos, digests): the one a teammate chose with
     * {@code link team}. {@code channel} is the platform's id for it.
     */
    void postToTeam(String workspace, String channel, Card card, String key);
}
