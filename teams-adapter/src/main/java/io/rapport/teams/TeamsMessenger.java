package io.rapport.teams;

import com.microsoft.bot.schema.ConversationReference;
import io.rapport.core.message.Card;
import io.rapport.core.model.Person;
import io.rapport.core.port.DeliveryException;
import io.rapport.core.port.Messenger;

/**
 * Proactive Teams messages: nudges to a teammate's personal chat, team posts to the channel chosen with
 * {@code link team}, both through the conversation references stored when Rapport was installed or spoken to
 * (a teammate Rapport never talked to gets a new personal chat, which Teams allows once Rapport is installed
 * for them).
 * Synchronous (the scheduler's thread waits), idempotent by key, and a conversation that answered 403 is not
 * tried again until the person or team talks to Rapport again.
 */
final class TeamsMessenger implements Messenger {
    private final TeamsState state;
    private final ConnectorSender sender;

    TeamsMessenger(TeamsState state, ConnectorSender sender) {
        this.state = state;
        this.sender = sender;
    }

    @Override
    public void sendPrivate(String workspace, Person to, Card card, String key) {
        ConversationReference ref = state.userReference(workspace, to.id()).orElseGet(() -> open(workspace, to));
        send(workspace, ref, card, key);
    }

    /** Someone Rapport has not talked to: a new personal chat, kept like one they had opened themselves. */
    private ConversationReference open(String workspace, Person to) {
        ConversationReference template = state.anyReference(workspace).orElseThrow(() -> new DeliveryException(
                to.name() + " has not opened a chat with Rapport in Teams yet, so a nudge cannot reach them", null));
        ConversationReference ref = sender.openPersonalChat(template, to.id(), to.name());
        state.saveUserReference(workspace, to.id(), to.name(), ref);
        return ref;
    }

    @Override
    public void postToTeam(String workspace, String channel, Card card, String key) {
        ConversationReference ref = state.channelReference(workspace, channel).orElseThrow(() ->
                new DeliveryException("Rapport has no way to post in channel " + channel
                        + " yet: mention @Rapport there once (e.g. @Rapport link team)", null));
        send(workspace, ref, card, key);
    }

    private void send(String workspace, ConversationReference ref, Card card, String key) {
        String conversation = ref.getConversation().getId();
        String blocked = state.blocked(workspace).get(conversation);
        if (blocked != null && state.sent(workspace, key).isEmpty()) {
            throw new BlockedException("Rapport was blocked or removed in that conversation (" + blocked
                    + "); it sends there again once it is reinstalled or spoken to", null);
        }
        sender.send(workspace, ref, AdaptiveCards.message(card, state.people(workspace)), key);
    }
}
