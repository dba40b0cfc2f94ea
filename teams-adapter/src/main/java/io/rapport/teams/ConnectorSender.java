package io.rapport.teams;

import com.microsoft.bot.restclient.RestException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import io.rapport.core.port.DeliveryException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every message Rapport sends to Teams goes through here: once per key (the activity id it became is kept in
 * Redis), under the per-conversation rate limit, retried with jittered backoff on 429/412/502/504 and on
 * timeouts, and a 403/404 reported as {@link BlockedException}. Replies to inbound activities run on a
 * background executor so Teams gets its HTTP answer at once; their failures are counted and kept.
 */
final class ConnectorSender {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectorSender.class);
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);
    private final ConnectorAdapter adapter;
    private final TeamsState state;
    private final RateLimiter limiter;
    private final SendPolicy policy;
    private final TeamsListener listener;
    private final ExecutorService background;
    private final Duration hardTimeout;

    ConnectorSender(ConnectorAdapter adapter, TeamsState state, RateLimiter limiter, SendPolicy policy,
                    TeamsListener listener, ExecutorService background, Duration hardTimeout) {
        this.adapter = adapter;
        this.state = state;
        this.limiter = limiter;
        this.policy = policy;
        this.listener = listener;
        this.background = background;
        this.hardTimeout = hardTimeout;
    }

    /** Sends unless {@code key} was already delivered; returns the activity id either way. */
    String send(String workspace, ConversationReference ref, Activity activity, String key) {
        var done = state.sent(workspace, key);
        if (done.isPresent()) {
            listener.send("duplicate", "skipped");
            return done.get();
        }
        Duration hold = hardTimeout.multipliedBy(policy.attempts() + 1);
        if (!state.lockSend(workspace, key, hold)) {
            // another sender has it (e.g. Teams' conversationUpdate and installationUpdate both asked for the
            // welcome): wait for its outcome rather than report a failure
            var theirs = awaitOther(workspace, key, hold);
            if (theirs.isPresent()) {
                listener.send("duplicate", "skipped");
                return theirs.get();
            }
        }
        try {
            String id = attempt(workspace, ref, "send", () -> {
                AtomicReference<String> out = new AtomicReference<>();
                adapter.continueConversation(adapter.appId(), ref, ctx -> {
                    // the SDK would answer "in reply to" its made-up continuation event; say what is meant:
                    // a reply to the reference's activity, or (none) a new message in the conversation
                    ctx.onSendActivities((c, outgoing, next) -> {
                        outgoing.forEach(o -> o.setReplyToId(ref.getActivityId()));
                        return next.get();
                    });
                    return ctx.sendActivity(activity).thenAccept(r -> out.set(r == null ? null : r.getId()));
                }).get(hardTimeout.toMillis(), TimeUnit.MILLISECONDS);
                return out.get();
            });
            state.markSent(workspace, key, id);
            listener.send("sent", "ok");
            return id;
        } finally {
            state.unlockSend(workspace, key);
        }
    }

    /** Waits while another sender holds the key: its activity id if it delivered, else empty once the lock is ours. */
    private java.util.Optional<String> awaitOther(String workspace, String key, Duration hold) {
        long end = System.nanoTime() + hold.toNanos();
        while (System.nanoTime() < end) {
            var done = state.sent(workspace, key);
            if (done.isPresent()) {
                return done;
            }
            if (state.lockSend(workspace, key, hold)) {
                var sentMeanwhile = state.sent(workspace, key);
                if (sentMeanwhile.isPresent()) {
                    state.unlockSend(workspace, key);
                }
                return sentMeanwhile;
            }
            sleep(Duration.ofMillis(100));
        }
        throw new DeliveryException("message " + key + " is still being sent by another Rapport instance", null);
    }

    /**
     * Opens a personal chat with someone Rapport has not talked to yet, through the tenant's service URL. Teams
     * allows it once Rapport is installed for that person (or in a team they belong to); otherwise it answers
     * 403 and this says so.
     */
    ConversationReference openPersonalChat(ConversationReference template, String userId, String name) {
        ConversationParameters params = new ConversationParameters();
        params.setIsGroup(false);
        params.setBot(template.getBot());
        params.setMembers(List.of(new ChannelAccount(userId, name)));
        String tenant = template.getConversation().getTenantId();
        params.setTenantId(tenant);
        ObjectNode channelData = Serialization.createObjectNode();
        channelData.putObject("tenant").put("id", tenant);
        params.setChannelData(channelData);
        AtomicReference<ConversationReference> opened = new AtomicReference<>();
        try {
            adapter.createConversation(template.getChannelId(), template.getServiceUrl(), adapter.credentials(),
                    params, ctx -> {
                        opened.set(ctx.getActivity().getConversationReference());
                        return CompletableFuture.completedFuture(null);
                    }).get(hardTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while opening a Teams chat", e);
        } catch (Exception e) {
            Throwable failure = unwrap(e);
            int status = failure instanceof RestException r && r.response() != null ? r.response().code() : -1;
            listener.send("failed", status > 0 ? String.valueOf(status) : "timeout");
            throw new DeliveryException(name + " has no chat with Rapport yet and Teams would not open one"
                    + (status == 403 || status == 404 ? " (Rapport is not installed for them)" : "")
                    + ": " + (status > 0 ? "HTTP " + status : String.valueOf(failure)), failure);
        }
        ConversationReference ref = opened.get();
        ref.setActivityId(null);
        ref.setUser(new ChannelAccount(userId, name));
        ref.setBot(template.getBot());
        ref.setChannelId(template.getChannelId());
        return ref;
    }

    /** Replaces a message Rapport sent earlier (a card whose button was pressed). */
    void update(String workspace, ConversationReference ref, String activityId, Activity activity) {
        attempt(workspace, ref, "update", () -> {
            activity.setId(activityId);
            AtomicReference<ResourceResponse> out = new AtomicReference<>();
            adapter.continueConversation(adapter.appId(), ref, ctx -> ctx.updateActivity(activity)
                    .thenAccept(out::set)).get(hardTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return activityId;
        });
        listener.send("updated", "ok");
    }

    /** {@link #send} on the background executor; a failure is logged, counted and kept, never dropped silently. */
    void sendLater(String workspace, ConversationReference ref, Activity activity, String key) {
        later(workspace, "reply " + key, () -> send(workspace, ref, activity, key));
    }

    void updateLater(String workspace, ConversationReference ref, String activityId, Activity activity) {
        later(workspace, "card update " + activityId, () -> update(workspace, ref, activityId, activity));
    }

    private void later(String workspace, String what, Runnable job) {
        background.execute(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.error("Teams {} in {} was not delivered: {}", what, workspace, e.getMessage());
                listener.send("failed", e instanceof BlockedException ? "blocked" : "gave up");
                state.recordUndelivered(workspace, what + ": " + e.getMessage());
            }
        });
    }

    private interface Call {
        String run() throws Exception;
    }

    @SuppressWarnings("try") // the slot is held for the call's duration, never read
    private String attempt(String workspace, ConversationReference ref, String what, Call call) {
        String conversation = ref.getConversation().getId();
        for (int attempt = 1; ; attempt++) {
            int status;
            Duration retryAfter = Duration.ZERO;
            Throwable failure;
            try (RateLimiter.Slot slot = limiter.acquire(conversation)) {
                try {
                    return call.run();
                } catch (Exception e) {
                    holdOnThrottle(conversation, e); // before the slot lets the next sender in
                    throw e;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeliveryException("interrupted while sending to Teams", e);
            } catch (Exception e) {
                failure = unwrap(e);
                RestException rest = failure instanceof RestException r ? r : null;
                status = rest != null && rest.response() != null ? rest.response().code() : -1;
                if (rest != null && rest.response() != null) {
                    retryAfter = retryAfter(rest.response().headers().get("Retry-After"));
                }
            }
            if (status == 403 || status == 404 && what.equals("send")) {
                state.markBlocked(workspace, conversation, "HTTP " + status + " on " + what);
                listener.send("blocked", String.valueOf(status));
                LOG.warn("Teams answered {} for conversation {} in {}: the bot was blocked or removed there; "
                        + "Rapport stops sending to it", status, conversation, workspace);
                throw new BlockedException("Teams refused the " + what + " (HTTP " + status + "): Rapport was "
                        + "blocked or removed in that conversation", failure);
            }
            // not 500: the message may have been posted before the error, and a retry would show it twice
            boolean retryable = status == 429 || status == 412 || status == 502 || status == 503 || status == 504
                    || status == -1 && isTransport(failure);
            if (!retryable || attempt >= policy.attempts()) {
                throw new DeliveryException("Teams " + what + " failed after " + attempt + " attempt(s): "
                        + (status > 0 ? "HTTP " + status : String.valueOf(failure)), failure);
            }
            listener.send("retried", status > 0 ? String.valueOf(status) : "timeout");
            sleep(backoff(attempt, retryAfter));
        }
    }

    /** A 429 with Retry-After holds the whole conversation for that long (at most half a minute), for every sender. */
    private void holdOnThrottle(String conversation, Exception e) {
        if (unwrap(e) instanceof RestException rest && rest.response() != null && rest.response().code() == 429) {
            Duration asked = retryAfter(rest.response().headers().get("Retry-After"));
            if (!asked.isZero()) {
                limiter.hold(conversation, asked.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : asked);
            }
        }
    }

    Duration backoff(int attempt, Duration retryAfter) {
        long base = policy.initialBackoff().toMillis() << Math.min(attempt - 1, 16);
        long cap = Math.min(base, policy.maxBackoff().toMillis());
        // "equal jitter": at least half the step, so a crowd of senders spreads out but never hammers
        long jittered = cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1);
        // the connector's Retry-After is honoured (up to half a minute) even past our own cap
        long asked = Math.min(retryAfter.toMillis(), MAX_RETRY_AFTER.toMillis());
        return Duration.ofMillis(Math.max(jittered, asked));
    }

    private static Duration retryAfter(String header) {
        if (header == null) {
            return Duration.ZERO;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }

    private static boolean isTransport(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException || c instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        if (!(c instanceof RestException)) {
            for (Throwable deeper = c.getCause(); deeper != null; deeper = deeper.getCause()) {
                if (deeper instanceof RestException) {
                    return deeper;
                }
            }
        }
        return c;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while waiting to retry a Teams send", e);
        }
    }
}
