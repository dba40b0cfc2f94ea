package io.rapport.app.webchat;

import com.google.gson.Gson;
import io.rapport.core.json.CoreJson;
import io.rapport.core.message.Card;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.Tuple;

/**
 * What the web chat keeps beside the core's state: its people, channels, channel history and each person's
 * inbox of delivered cards. In Redis, so it survives restarts and is shared by every instance.
 */
public final class WebChatStore {
    private static final int CHANNEL_HISTORY = 500;
    private static final int INBOX_SIZE = 1000;
    private static final Gson GSON = CoreJson.gson();
    /**
     * Delivers a card once per key: a re-sent nudge (same key) changes nothing, an update (new key, same
     * message id) appends a newer version.
     */
    private static final String DELIVER = """
            if redis.call('HSETNX', KEYS[1], ARGV[1], '1') == 0 then return 0 end
            local seq = redis.call('INCR', KEYS[2])
            redis.call('ZADD', KEYS[3], seq, ARGV[2])
            redis.call('ZREMRANGEBYRANK', KEYS[3], 0, -(tonumber(ARGV[3]) + 1))
            return seq
            """;

    /** The key makes each stored member unique, so two identical cards are two items. */
    private record Stored(String key, String messageId, String kind, Card card, String text, String at) {
    }

    private final UnifiedJedis redis;
    private final String prefix;

    public WebChatStore(UnifiedJedis redis, String workspace) {
        this.redis = redis;
        this.prefix = "rapport:{" + workspace + "}:webchat:";
    }

    public List<ChatPerson> people() {
        return redis.hvals(prefix + "people").stream().map(j -> GSON.fromJson(j, ChatPerson.class))
                .sorted(Comparator.comparing(ChatPerson::role).reversed().thenComparing(ChatPerson::name))
                .toList();
    }

    public Optional<ChatPerson> person(String id) {
        return Optional.ofNullable(redis.hget(prefix + "people", id)).map(j -> GSON.fromJson(j, ChatPerson.class));
    }

    /** Adds a person unless one with that id exists; returns the one kept. */
    public ChatPerson addPerson(ChatPerson person) {
        redis.hsetnx(prefix + "people", person.id(), GSON.toJson(person));
        return person(person.id()).orElse(person);
    }

    public List<ChatChannel> channels() {
        return redis.hvals(prefix + "channels").stream().map(j -> GSON.fromJson(j, ChatChannel.class))
                .sorted(Comparator.comparing(ChatChannel::name)).toList();
    }

    public Optional<ChatChannel> channel(String id) {
        return Optional.ofNullable(redis.hget(prefix + "channels", id)).map(j -> GSON.fromJson(j, ChatChannel.class));
    }

    public ChatChannel addChannel(ChatChannel channel) {
        redis.hsetnx(prefix + "channels", channel.id(), GSON.toJson(channel));
        return channel(channel.id()).orElse(channel);
    }

    public void post(String channelId, ChatMessage message) {
        String key = prefix + "ch:" + channelId;
        redis.rpush(key, GSON.toJson(message));
        redis.ltrim(key, -CHANNEL_HISTORY, -1);
    }

    public List<ChatMessage> messages(String channelId) {
        return redis.lrange(prefix + "ch:" + channelId, 0, -1).stream()
                .map(j -> GSON.fromJson(j, ChatMessage.class)).toList();
    }

    /** Puts a card in a person's DM once per {@code key}; returns whether it was new. */
    public boolean deliver(String personId, String messageId, String kind, Card card, String key, Instant at) {
        return append(personId, new Stored(key, messageId, kind, card, null, at.toString()));
    }

    /** Whether a card with this message id was ever put in a DM (message ids are unique). */
    public boolean knows(String messageId) {
        return redis.hexists(prefix + "delivered", messageId);
    }

    /** Keeps a line the person typed in their DM, so a reload shows the whole conversation. */
    public void said(String personId, String messageId, String text, Instant at) {
        append(personId, new Stored(messageId, messageId, InboxItem.YOU, null, text, at.toString()));
    }

    private boolean append(String personId, Stored stored) {
        String item = GSON.toJson(stored);
        String key = stored.key();
        Object seq = redis.eval(DELIVER, List.of(prefix + "delivered", prefix + "seq", prefix + "inbox:" + personId),
                List.of(key, item, String.valueOf(INBOX_SIZE)));
        return seq instanceof Long l && l > 0;
    }

    /** Cards delivered to the person after {@code after}, oldest first. */
    public List<InboxItem> inbox(String personId, long after) {
        List<InboxItem> out = new ArrayList<>();
        for (Tuple t : redis.zrangeByScoreWithScores(prefix + "inbox:" + personId, "(" + after, "+inf")) {
            Stored stored = GSON.fromJson(t.getElement(), Stored.class);
            out.add(new InboxItem((long) t.getScore(), stored.messageId(), stored.kind() == null ? InboxItem.NUDGE
                    : stored.kind(), stored.card(), stored.text(), stored.at()));
        }
        return out;
    }

}
