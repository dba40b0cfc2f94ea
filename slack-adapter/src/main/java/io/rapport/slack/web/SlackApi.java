package io.rapport.slack.web;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.Message;
import com.slack.api.model.User;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.webhook.WebhookResponse;
import io.rapport.slack.Installations;
import io.rapport.slack.oauth.TokenCipher;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every Web API call Rapport makes, through one careful path: paced per channel, a 429 waits the Retry-After
 * Slack gave, a 5xx or a timeout is tried again with backoff, and a post whose fate is unknown (the request may
 * have reached Slack) is looked for in the channel before it is sent again, so a retry never shows a message
 * twice. What cannot be delivered now ends in a {@link SlackCallException}, which the scheduler retries later.
 */
public final class SlackApi {
    private static final Logger LOG = LoggerFactory.getLogger(SlackApi.class);
    /** The message metadata type that carries Rapport's idempotency key. */
    public static final String METADATA_TYPE = "rapport_message";
    private static final int ATTEMPTS = 5;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    private static final Set<String> TRANSIENT = Set.of("ratelimited", "internal_error", "fatal_error",
            "service_unavailable", "request_timeout");
    private final Slack slack;
    private final Installations installations;
    private final Pacer pacer;
    private final Sleeper sleeper;
    private final ResponseUrls responseUrls;
    private final WebMethods methods;

    public SlackApi(Slack slack, Installations installations, Pacer pacer, Sleeper sleeper, ResponseUrls responseUrls) {
        this.slack = slack;
        this.installations = installations;
        this.pacer = pacer;
        this.sleeper = sleeper;
        this.responseUrls = responseUrls;
        this.methods = new WebMethods(slack);
    }

    @FunctionalInterface
    interface Call<T extends SlackApiTextResponse> {
        T run(MethodsClient client, String token) throws IOException, SlackApiException;
    }

    public String openDm(String teamId, String userId) {
        Map<String, String> body = Map.of("users", userId);
        return call(teamId, null, "conversations.open",
                (c, token) -> methods.call(token, "conversations.open", body, ConversationsOpenResponse.class))
                .getChannel().getId();
    }

    /** Posts and returns the message's ts; {@code key} is stored in the message so a retry can find it. */
    public String postMessage(String teamId, String channel, List<LayoutBlock> blocks, String text, String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", channel);
        body.put("text", text);
        body.put("blocks", blocks);
        body.put("metadata", Message.Metadata.builder().eventType(METADATA_TYPE).eventPayload(Map.of("key", key))
                .build());
        body.put("unfurl_links", false);
        body.put("unfurl_media", false);
        ChatPostMessageResponse posted = callOnce(teamId, channel, "chat.postMessage",
                (c, token) -> methods.call(token, "chat.postMessage", body, ChatPostMessageResponse.class),
                () -> findPosted(teamId, channel, key));
        return posted == null ? findPosted(teamId, channel, key).orElseThrow() : posted.getTs();
    }

    public void postEphemeral(String teamId, String channel, String user, List<LayoutBlock> blocks, String text) {
        call(teamId, channel, "chat.postEphemeral",
                (c, token) -> c.chatPostEphemeral(r -> r.channel(channel).user(user).blocks(blocks).text(text)));
    }

    public void update(String teamId, String channel, String ts, List<LayoutBlock> blocks, String text) {
        call(teamId, channel, "chat.update",
                (c, token) -> c.chatUpdate(r -> r.channel(channel).ts(ts).blocks(blocks).text(text)));
    }

    public void publishHome(String teamId, String userId, View view) {
        call(teamId, null, "views.publish", (c, token) -> c.viewsPublish(r -> r.userId(userId).view(view)));
    }

    public Optional<User> userInfo(String teamId, String userId) {
        UsersInfoResponse info = call(teamId, null, "users.info", (c, token) -> c.usersInfo(r -> r.user(userId)));
        return Optional.ofNullable(info.getUser());
    }

    /** The ts of a message Rapport already posted with {@code key} among the channel's latest, if any. */
    public Optional<String> findPosted(String teamId, String channel, String key) {
        ConversationsHistoryResponse history = call(teamId, null, "conversations.history",
                (c, token) -> c.conversationsHistory(r -> r.channel(channel).limit(20).includeAllMetadata(true)));
        if (history.getMessages() == null) {
            return Optional.empty();
        }
        return history.getMessages().stream()
                .filter(m -> m.getMetadata() != null && METADATA_TYPE.equals(m.getMetadata().getEventType())
                        && m.getMetadata().getEventPayload() != null
                        && key.equals(String.valueOf(m.getMetadata().getEventPayload().get("key"))))
                .map(Message::getTs).findFirst();
    }

    /** Answers through a {@code response_url} (ephemeral replies, replacing an ephemeral message). */
    public void respond(String responseUrl, String json) {
        Optional<String> url = responseUrls.resolve(responseUrl);
        if (url.isEmpty()) {
            LOG.warn("Not following a response_url that is not Slack's");
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                WebhookResponse r = slack.send(url.get(), json);
                int code = r.getCode() == null ? 0 : r.getCode();
                if (code / 100 == 2) {
                    return;
                }
                if (code != 429 && code < 500 || attempt == ATTEMPTS) {
                    throw new SlackCallException("response_url", "HTTP " + code, code < 500, null);
                }
                pause(retryAfter(r.getHeaders()).orElse(backoff(attempt)));
            } catch (IOException e) {
                if (attempt == ATTEMPTS) {
                    throw new SlackCallException("response_url", e.toString(), false, e);
                }
                pause(backoff(attempt));
            }
        }
    }

    <T extends SlackApiTextResponse> T call(String teamId, String channel, String method, Call<T> call) {
        return callOnce(teamId, channel, method, call, null);
    }

    /**
     * The team's bot token. One stored under another RAPPORT_SECRET_KEY (or altered) is not "not installed": the
     * call fails with the reason and may be tried again once Rapport runs with the right key.
     */
    private String token(String teamId, String method) {
        try {
            return installations.botToken(teamId).orElseThrow(() ->
                    new SlackCallException(method, "no bot token for team " + teamId, true, null));
        } catch (TokenCipher.SecretUnreadableException e) {
            throw new SlackCallException(method, e.getMessage(), false, e);
        }
    }

    /**
     * Runs {@code call} until it succeeds. When an attempt failed in a way that leaves its effect unknown,
     * {@code alreadyDone} (if given) is asked first; if it finds the effect, null is returned instead of a second one.
     */
    private <T extends SlackApiTextResponse> T callOnce(String teamId, String channel, String method, Call<T> call,
                                                       java.util.function.Supplier<Optional<String>> alreadyDone) {
        String token = token(teamId, method);
        MethodsClient client = slack.methods(token);
        boolean unknown = false;
        for (int attempt = 1; ; attempt++) {
            if (unknown && alreadyDone != null && alreadyDone.get().isPresent()) {
                return null;
            }
            Duration wait;
            // after a 429 the whole method waits in this workspace (Slack's limits are per method and workspace),
            // then the channel's own pace
            while (!(wait = pacer.held(teamId, method)).isZero()
                    || channel != null && !(wait = pacer.reserve(channel)).isZero()) {
                pause(wait);
            }
            try {
                T response = call.run(client, token);
                if (response.isOk()) {
                    return response;
                }
                String error = response.getError();
                if (!TRANSIENT.contains(error) || attempt >= ATTEMPTS) {
                    throw new SlackCallException(method, error, !TRANSIENT.contains(error), null);
                }
                pause(backoff(attempt));
            } catch (SlackApiException e) {
                int code = e.getResponse() == null ? 0 : e.getResponse().code();
                if (code == 429) {
                    Duration after = retryAfter(e.getResponse().headers().toMultimap()).orElse(Duration.ofSeconds(1));
                    // held for every sender even when this call gives up, or the others would call at once
                    pacer.hold(teamId, method, after);
                    if (channel != null) {
                        pacer.hold(channel, after);
                    }
                    if (after.compareTo(LONGEST_WAIT) > 0 || attempt >= ATTEMPTS) {
                        throw new SlackCallException(method, "rate limited for " + after.toSeconds() + " s", false, e);
                    }
                    LOG.info("Slack rate-limited {}; waiting {} s as asked", method, after.toSeconds());
                } else if (code >= 500 && attempt < ATTEMPTS) {
                    unknown = true;
                    pause(backoff(attempt));
                } else {
                    throw new SlackCallException(method, "HTTP " + code, code < 500, e);
                }
            } catch (IOException e) {
                if (attempt >= ATTEMPTS) {
                    throw new SlackCallException(method, e.toString(), false, e);
                }
                unknown = true;
                pause(backoff(attempt));
            }
        }
    }

    private static Optional<Duration> retryAfter(Map<String, List<String>> headers) {
        if (headers == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (h.getKey() != null && h.getKey().equalsIgnoreCase("Retry-After") && !h.getValue().isEmpty()) {
                try {
                    return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(h.getValue().get(0).trim()))));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Duration backoff(int attempt) {
        return Duration.ofMillis(Math.min(4000, 200L << Math.min(attempt - 1, 5)));
    }

    private void pause(Duration d) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackCallException("wait", "interrupted", false, e);
        }
    }
}
