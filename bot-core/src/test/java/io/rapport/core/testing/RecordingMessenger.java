package io.rapport.core.testing;

import io.rapport.core.message.Card;
import io.rapport.core.model.Person;
import io.rapport.core.port.DeliveryException;
import io.rapport.core.port.Messenger;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A messenger that keeps what it was asked to send, honours idempotency keys like a real adapter must,
 * and can be told to fail the next sends.
 */
public final class RecordingMessenger implements Messenger {

    /** @param at when it was sent, by the clock the messenger was given (null without one) */
    public record Sent(String workspace, String to, Card card, String key, Instant at) {
    }

    private final Clock clock;

    public RecordingMessenger() {
        this(null);
    }

    public RecordingMessenger(Clock clock) {
        this.clock = clock;
    }

    private final Map<String, Sent> byKey = new LinkedHashMap<>();
    private final List<String> attempts = new ArrayList<>();
    private int failNext;

    public synchronized void failNext(int times) {
        failNext = times;
    }

    @Override
    public synchronized void sendPrivate(String workspace, Person to, Card card, String key) {
        attempts.add(key);
        if (failNext > 0) {
            failNext--;
            throw new DeliveryException("simulated outage", null);
        }
        Instant at = clock == null ? null : clock.instant();
        byKey.putIfAbsent(workspace + "|" + key, new Sent(workspace, to.id(), card, key, at));
    }

    @Override
    public synchronized void postToTeam(String workspace, String channel, Card card, String key) {
        sendPrivate(workspace, new Person("#" + channel, "team"), card, key);
    }

    /** What people actually saw: one entry per distinct message. */
    public synchronized List<Sent> sent() {
        return List.copyOf(byKey.values());
    }

    public synchronized List<String> attempts() {
        return List.copyOf(attempts);
    }
}
