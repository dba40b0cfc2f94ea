package io.rapport.app.webchat;

import io.rapport.core.message.Card;
import io.rapport.core.model.Person;
import io.rapport.core.port.Messenger;
import java.time.Clock;

/** Delivers nudges into web chat DMs, and team posts into the web chat's #team channel. */
public final class WebChatMessenger implements Messenger {
    static final String TEAM_CHANNEL = "team";
    static final ChatPerson BOT = new ChatPerson("rapport", "Rapport", "bot", null);
    private final WebChatStore store;
    private final Clock clock;

    public WebChatMessenger(WebChatStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void sendPrivate(String workspace, Person to, Card card, String key) {
        store.deliver(to.id(), key, InboxItem.NUDGE, card, key, clock.instant());
    }

    @Override
    public void postToTeam(String workspace, String channel, Card card, String key) {
        if (store.deliver("#" + channel, key, InboxItem.NUDGE, card, key, clock.instant())) {
            store.post(channel, new ChatMessage(key, BOT, card.fallbackText(), clock.instant().toString()));
        }
    }
}
