package io.rapport.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * What the Teams adapter keeps in Redis, next to the workspace's core state ({@code rapport:{teams:<tenant>}:teams:…}):
 * conversation references for proactive sends, the teammates Rapport can reach, which keys were already
 * delivered (and as which activity), and which inbound activities were already handled.
 */
final class TeamsState {
    private static final Duration SENT_TTL = Duration.ofDays(45);
    private static final Duration SEEN_TTL = Duration.ofDays(2);
    private static final int UNDELIVERED_KEPT = 200;
    private final UnifiedJedis redis;

    TeamsState(UnifiedJedis redis) {
        this.redis = redis;
    }

    private static String key(String workspace, String... parts) {
        return "rapport:{" + workspace + "}:teams:" + String.join(":", parts);
    }

    // --- conversation references -------------------------------------------------------------

    void saveUserReference(String workspace, String userId, String name, ConversationReference ref) {
        redis.set(key(workspace, "ref", "user", userId), write(ref));
        redis.set(key(workspace, "ref", "any"), write(ref));
        redis.hset(key(workspace, "people"), userId, name == null || name.isBlank() ? userId : name);
        redis.hdel(key(workspace, "blocked"), ref.getConversation().getId());
    }

    Optional<ConversationReference> userReference(String workspace, String userId) {
        return Optional.ofNullable(redis.get(key(workspace, "ref", "user", userId))).map(TeamsState::read);
    }

    /** The latest reference seen in the tenant: its service URL and bot account open new personal chats. */
    Optional<ConversationReference> anyReference(String workspace) {
        return Optional.ofNullable(redis.get(key(workspace, "ref", "any"))).map(TeamsState::read);
    }

    void removeUserReference(String workspace, String userId) {
        redis.del(key(workspace, "ref", "user", userId));
        redis.hdel(key(workspace, "people"), userId);
    }

    /** A channel or group chat; {@code teamId} (may be null) lets removing the bot from a team forget its channels. */
    void saveChannelReference(String workspace, String channelId, String teamId, ConversationReference ref) {
        redis.set(key(workspace, "ref", "conv", channelId), write(ref));
        redis.set(key(workspace, "ref", "any"), write(ref));
        if (teamId != null) {
            redis.sadd(key(workspace, "team", teamId), channelId);
        }
        redis.hdel(key(workspace, "blocked"), channelId);
    }

    Optional<ConversationReference> channelReference(String workspace, String channelId) {
        return Optional.ofNullable(redis.get(key(workspace, "ref", "conv", channelId))).map(TeamsState::read);
    }

    void removeChannelReference(String workspace, String channelId) {
        redis.del(key(workspace, "ref", "conv", channelId));
    }

    /** Forgets every channel of a team the bot was removed from; returns how many. */
    int removeTeam(String workspace, String teamId) {
        String set = key(workspace, "team", teamId);
        Set<String> channels = redis.smembers(set);
        for (String channel : channels) {
            removeChannelReference(workspace, channel);
        }
        removeChannelReference(workspace, teamId);
        redis.del(set);
        return channels.size();
    }

    /** Teammates Rapport can reach in a personal chat, id to name, by name. */
    Map<String, String> people(String workspace) {
        Map<String, String> out = new LinkedHashMap<>();
        redis.hgetAll(key(workspace, "people")).entrySet().stream()
                .sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    // --- a conversation that answered 403 -----------------------------------------------------

    void markBlocked(String workspace, String conversationId, String why) {
        redis.hset(key(workspace, "blocked"), conversationId, why);
    }

    Map<String, String> blocked(String workspace) {
        return redis.hgetAll(key(workspace, "blocked"));
    }

    // --- idempotent sends -----------------------------------------------------------------------

    /** The activity id a key was delivered as, if it was. */
    Optional<String> sent(String workspace, String sendKey) {
        return Optional.ofNullable(redis.get(key(workspace, "sent", sendKey)));
    }

    void markSent(String workspace, String sendKey, String activityId) {
        redis.set(key(workspace, "sent", sendKey), activityId == null ? "" : activityId,
                SetParams.setParams().ex(SENT_TTL.toSeconds()));
    }

    /** A short lock so two instances never send the same key at the same moment. */
    boolean lockSend(String workspace, String sendKey, Duration hold) {
        return "OK".equals(redis.set(key(workspace, "sending", sendKey), "1",
                SetParams.setParams().nx().px(hold.toMillis())));
    }

    void unlockSend(String workspace, String sendKey) {
        redis.del(key(workspace, "sending", sendKey));
    }

    void recordUndelivered(String workspace, String line) {
        String list = key(workspace, "undelivered");
        redis.lpush(list, line);
        redis.ltrim(list, 0, UNDELIVERED_KEPT - 1);
    }

    java.util.List<String> undelivered(String workspace) {
        return redis.lrange(key(workspace, "undelivered"), 0, -1);
    }

    // --- inbound retries ------------------------------------------------------------------------

    /** True the first time an activity id is seen: Teams redelivers when an answer was slow or failed. */
    boolean firstSighting(String workspace, String activityId) {
        return "OK".equals(redis.set(seenKey(workspace, activityId), "1",
                SetParams.setParams().nx().ex(SEEN_TTL.toSeconds())));
    }

    /** The key marking an activity as seen; {@link TeamsInbox} sets it in the same call that queues the activity. */
    static String seenKey(String workspace, String activityId) {
        return key(workspace, "seen", activityId);
    }

    /** Handling failed: let Teams' retry run it again. */
    void forgetSighting(String workspace, String activityId) {
        redis.del(seenKey(workspace, activityId));
    }

    // --- guest / external verdicts from the roster ----------------------------------------------

    Optional<String> memberKind(String workspace, String userId) {
        return Optional.ofNullable(redis.get(key(workspace, "member", userId)));
    }

    void saveMemberKind(String workspace, String userId, String kind) {
        redis.set(key(workspace, "member", userId), kind, SetParams.setParams().ex(Duration.ofDays(1).toSeconds()));
    }

    static String write(ConversationReference ref) {
        try {
            return Serialization.toString(ref);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a conversation reference could not be written as JSON", e);
        }
    }

    static ConversationReference read(String json) {
        try {
            return Serialization.treeToValue(Serialization.jsonToTree(json), ConversationReference.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored conversation reference is not valid JSON", e);
        }
    }
}
