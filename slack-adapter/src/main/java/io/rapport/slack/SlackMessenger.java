package io.rapport.slack;

import com.slack.api.model.block.LayoutBlock;
import io.rapport.core.message.Card;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Person;
import io.rapport.core.port.Messenger;
import io.rapport.slack.blocks.BlockKit;
import io.rapport.slack.web.SlackApi;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Nudges and team posts as Slack messages. Each message is remembered by its key (key → channel and ts in
 * Redis), so sending the same key again shows nobody a second copy; a send that died half-way is first looked
 * for in the channel (by the key Rapport puts in the message's metadata) before it is posted again.
 */
public final class SlackMessenger implements Messenger {
    private static final Duration REMEMBER = Duration.ofDays(30);
    private static final Duration DM_CHANNELS = Duration.ofDays(7);
    private static final String PENDING = "pending";
    private final UnifiedJedis redis;
    private final SlackApi api;

    public SlackMessenger(UnifiedJedis redis, SlackApi api) {
        this.redis = redis;
        this.api = api;
    }

    /** Where a message went: its channel and ts. */
    public record Sent(String channel, String ts) {
    }

    @Override
    public void sendPrivate(String workspace, Person to, Card card, String key) {
        String team = Workspaces.teamOf(workspace);
        post(team, dmChannel(team, to.id()), Reply.of(card), key);
    }

    @Override
    public void postToTeam(String workspace, String channel, Card card, String key) {
        post(Workspaces.teamOf(workspace), channel, Reply.of(card), key);
    }

    /** Posts the reply once per key; returns where it is (also when it was posted earlier). */
    public Sent post(String team, String channel, Reply reply, String key) {
        String sentKey = Workspaces.key(team, "slack:sent:" + key);
        String before = mark(sentKey);
        if (before != null && !before.equals(PENDING)) {
            return parse(before);
        }
        if (before != null) {
            // an earlier attempt stopped between posting and remembering: it may be in the channel already
            Optional<String> ts = api.findPosted(team, channel, key);
            if (ts.isPresent()) {
                return remember(sentKey, channel, ts.get());
            }
        }
        List<LayoutBlock> blocks = BlockKit.blocks(reply);
        String ts = api.postMessage(team, channel, blocks, BlockKit.fallback(reply), key);
        return remember(sentKey, channel, ts);
    }

    /** Where the message with this key went, if it was sent. */
    public Optional<Sent> sent(String workspace, String key) {
        String v = redis.get(Workspaces.key(Workspaces.teamOf(workspace), "slack:sent:" + key));
        return v == null || v.equals(PENDING) ? Optional.empty() : Optional.of(parse(v));
    }

    /** The DM channel with a user, opened once and remembered for a week. */
    public String dmChannel(String team, String userId) {
        String key = Workspaces.key(team, "slack:im:" + userId);
        String channel = redis.get(key);
        if (channel == null) {
            channel = api.openDm(team, userId);
            redis.set(key, channel, SetParams.setParams().ex(DM_CHANNELS.toSeconds()));
        }
        return channel;
    }

    /**
     * What is remembered under {@code sentKey} before this attempt (null when nothing), leaving it pending when
     * nothing was: the read and the conditional write in one round trip.
     */
    private String mark(String sentKey) {
        try (AbstractPipeline pipeline = redis.pipelined()) {
            Response<String> before = pipeline.get(sentKey);
            pipeline.set(sentKey, PENDING, SetParams.setParams().nx().ex(REMEMBER.toSeconds()));
            pipeline.sync();
            return before.get();
        }
    }

    private Sent remember(String sentKey, String channel, String ts) {
        redis.set(sentKey, channel + " " + ts, SetParams.setParams().ex(REMEMBER.toSeconds()));
        return new Sent(channel, ts);
    }

    private static Sent parse(String v) {
        int space = v.indexOf(' ');
        return new Sent(v.substring(0, space), v.substring(space + 1));
    }
}
