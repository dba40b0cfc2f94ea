package io.rapport.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.DeliveryModes;
import com.microsoft.bot.schema.Serialization;
import io.javalin.http.Context;
import io.rapport.core.command.Echo;
import io.rapport.core.port.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.exceptions.JedisException;

/**
 * {@code POST /api/messages}: the Javalin bridge to the Bot Framework SDK. It parses the Activity with the
 * SDK's own Jackson setup, refuses service URLs and tenants that are not allowed before anything is stored
 * or sent, and validates the token with the SDK (when an app id is set). A message activity is then queued in
 * the workspace's {@link TeamsInbox} (deduplicated on its id; conversation references saved first) and answered
 * 202 at once; the inbox worker runs its turn. Anything else (invokes, whose answer is the response body;
 * installs and removals) runs its turn here, and the result is mapped as the SDK's Spring controller does: an
 * invoke response with its status and body, otherwise 202, an authentication failure 401, anything else 500
 * (503 when storage is down, so Teams retries).
 */
final class ActivityEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(ActivityEndpoint.class);
    /** Teams gives up after 15 s; answer well before, whatever the turn is doing. */
    private static final Duration BUDGET = Duration.ofSeconds(10);
    private static final DateTimeFormatter NANOS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.nnnnnnnnnXXX");
    private static final Set<String> KNOWN_TYPES = Set.of("message", "invoke", "conversationUpdate",
            "installationUpdate", "messageReaction", "messageUpdate", "messageDelete", "typing", "event");
    private final ConnectorAdapter adapter;
    private final Bot bot;
    private final ServiceUrlPolicy serviceUrls;
    private final Set<String> allowedTenants;
    private final TeamsListener listener;
    private final TeamsInbox inbox;
    private final MessageHandler messages;

    ActivityEndpoint(ConnectorAdapter adapter, Bot bot, ServiceUrlPolicy serviceUrls, Set<String> allowedTenants,
                     TeamsListener listener, TeamsInbox inbox, MessageHandler messages) {
        this.adapter = adapter;
        this.bot = bot;
        this.inbox = inbox;
        this.messages = messages;
        this.serviceUrls = serviceUrls;
        this.allowedTenants = allowedTenants;
        this.listener = listener;
    }

    void handle(Context ctx) {
        Activity activity;
        byte[] body = ctx.bodyAsBytes();
        try {
            activity = parse(body);
        } catch (IOException | IllegalArgumentException e) {
            answer(ctx, "invalid", 400, "The body is not a Bot Framework Activity in JSON (" + why(e)
                    + "); nothing was done.");
            return;
        }
        // a metric label: only the types Teams sends, so a caller cannot invent new series
        String type = KNOWN_TYPES.contains(activity.getType()) ? activity.getType() : "other";
        String tenant = Inbound.tenant(activity);
        if (!allowedTenants.isEmpty() && (tenant == null || !allowedTenants.contains(tenant))) {
            LOG.warn("Refused a Teams {} from tenant {}: not in TEAMS_ALLOWED_TENANTS", type, tenant);
            answer(ctx, type, 403, "This Rapport does not serve that tenant.");
            return;
        }
        String refusal = serviceUrls.refusal(activity.getServiceUrl());
        if (refusal != null) {
            LOG.warn("Refused a Teams {}: {}", type, refusal);
            answer(ctx, type, activity.getServiceUrl() == null ? 400 : 403, "Refused: " + refusal + ".");
            return;
        }
        if (tenant == null) {
            answer(ctx, type, 400, "The activity names no Teams tenant (conversation.tenantId or "
                    + "channelData.tenant.id); Rapport keeps each tenant's data apart, so it cannot handle it.");
            return;
        }
        if (!"invoke".equals(activity.getType()) && (activity.getConversation() == null
                || activity.getConversation().getId() == null || activity.getConversation().getId().isBlank())) {
            // invokes are left to the SDK, which answers those no handler implements with 501
            answer(ctx, type, 400, "The activity names no conversation (conversation.id); Teams always sends one, "
                    + "so nothing was done.");
            return;
        }
        String auth = ctx.header("Authorization");
        CompletableFuture<InvokeResponse> turn;
        try {
            turn = adapter.authenticate(auth == null ? "" : auth, activity).thenCompose(identity -> queues(activity)
                    ? queue(identity, activity, body, Inbound.workspace(tenant))
                    : adapter.process(identity, activity, bot));
        } catch (RuntimeException e) {
            // a malformed bearer token throws here rather than failing the future
            turn = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<InvokeResponse> bounded = turn.orTimeout(BUDGET.toMillis(), TimeUnit.MILLISECONDS);
        ctx.future(() -> bounded.handle((response, error) -> {
            if (error == null) {
                respond(ctx, type, response);
            } else {
                fail(ctx, type, error);
            }
            return null;
        }));
    }

    /** What was wrong, in words: the field at fault, never the parser's internals or the body itself. */
    private static String why(Exception e) {
        if (e instanceof StreamConstraintsException) {
            return "nested too deeply or too long";
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference r : m.getPath()) {
                path.append(r.getFieldName() != null ? (path.isEmpty() ? "" : ".") + r.getFieldName()
                        : "[" + r.getIndex() + "]");
            }
            return "\"" + Echo.of(path.toString()) + "\" has the wrong type";
        }
        if (e instanceof JsonProcessingException p && p.getLocation() != null) {
            return "not valid JSON at line " + p.getLocation().getLineNr() + ", column "
                    + p.getLocation().getColumnNr();
        }
        if (e instanceof IllegalArgumentException && e.getCause() instanceof Exception cause) {
            return why(cause); // Jackson's conversions wrap their mapping errors
        }
        return e instanceof IllegalArgumentException && e.getMessage() != null ? e.getMessage() : "not valid JSON";
    }

    /**
     * Plain messages: nothing in the answer to them matters but its status (a message asking for its replies in
     * the response body, {@code deliveryMode: expectReplies}, runs here).
     */
    private static boolean queues(Activity a) {
        return ActivityTypes.MESSAGE.equals(a.getType()) && a.getFrom() != null && a.getFrom().getId() != null
                && a.getConversation() != null && a.getConversation().getId() != null
                && !DeliveryModes.EXPECT_REPLIES.toString().equals(a.getDeliveryMode());
    }

    /** Throws (a {@code JedisException}) when Redis cannot take it; then nothing was queued and Teams retries. */
    private CompletableFuture<InvokeResponse> queue(ClaimsIdentity identity, Activity a, byte[] body, String workspace) {
        messages.remember(workspace, a);
        if (!inbox.accept(workspace, a.getId() == null ? null : Inbound.key(a), QueuedActivities.encode(identity, body))) {
            LOG.debug("activity {} was already queued; Teams retried it", a.getId());
        }
        return CompletableFuture.completedFuture(null);
    }

    static Activity parse(byte[] body) throws IOException {
        JsonNode tree = Serialization.jsonToTree(new String(body, StandardCharsets.UTF_8));
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException("expected one JSON object");
        }
        normaliseTimestamps((ObjectNode) tree);
        JsonNode locale = tree.get("locale");
        if (locale != null && !locale.isNull() && !locale.isTextual()) {
            throw new IllegalArgumentException("locale is " + locale.getNodeType().name().toLowerCase(Locale.ROOT)
                    + ", not a language tag such as en-US");
        }
        if (locale != null && locale.isTextual()) {
            try {
                new Locale.Builder().setLanguageTag(locale.asText());
            } catch (IllformedLocaleException e) {
                throw new IllegalArgumentException("locale " + Echo.quoted(locale.asText())
                        + " is not a language tag such as en-US");
            }
        }
        Activity activity = Serialization.safeGetAs(tree, Activity.class);
        if (activity == null || activity.getType() == null) {
            throw new IllegalArgumentException("an activity needs a type");
        }
        return activity;
    }

    /**
     * SDK 4.14 reads timestamps with the pattern {@code ss.nXXX}: whole seconds fail and ".89" becomes 89 ns.
     * Teams and the Agents Playground send both, so they are rewritten with nine fraction digits first.
     */
    private static void normaliseTimestamps(ObjectNode tree) {
        for (String field : new String[] {"timestamp", "localTimestamp"}) {
            JsonNode value = tree.get(field);
            if (value != null && value.isTextual()) {
                try {
                    tree.put(field, NANOS.format(OffsetDateTime.parse(value.asText())));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(field + " " + Echo.quoted(value.asText()) + " is not an ISO-8601 time");
                }
            }
        }
    }

    private void respond(Context ctx, String type, InvokeResponse response) {
        if (response == null) {
            listener.inbound(type, 202);
            ctx.status(202);
            return;
        }
        listener.inbound(type, response.getStatus());
        ctx.status(response.getStatus());
        if (response.getBody() != null) {
            ctx.contentType("application/json; charset=utf-8").result(Serialization.toStringSilent(response.getBody()));
        }
    }

    private void fail(Context ctx, String type, Throwable error) {
        Throwable cause = unwrap(error);
        if (has(cause, AuthenticationException.class) || isTokenError(cause)) {
            LOG.info("Refused a Teams {}: {}", type, cause.getMessage());
            answer(ctx, type, 401, "Unauthorized: the request's Bot Framework token is missing or not valid.");
        } else if (has(cause, StoreException.class) || has(cause, JedisException.class)) {
            LOG.warn("Teams {} failed: storage unavailable: {}", type, cause.getMessage());
            answer(ctx, type, 503, "Rapport can't reach its storage right now; nothing was saved. Retry later.");
        } else if (cause instanceof TimeoutException) {
            LOG.error("Teams {} took longer than {} s; answered 503", type, BUDGET.toSeconds());
            answer(ctx, type, 503, "Rapport took too long to handle this; retry later.");
        } else {
            LOG.error("Teams {} failed", type, cause);
            answer(ctx, type, 500, "Something went wrong on Rapport's side; it was logged.");
        }
    }

    private void answer(Context ctx, String type, int status, String message) {
        listener.inbound(type, status);
        ctx.status(status).contentType("application/json; charset=utf-8")
                .result(Serialization.toStringSilent(Map.of("error", message)));
    }

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    /**
     * The SDK lets its JWT library's errors through for a token it cannot even decode ("Bearer x"); the
     * Spring controller would answer 500. A token that cannot be read is an unauthorised request.
     */
    private static boolean isTokenError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getClass().getName().startsWith("com.auth0.jwt.exceptions.")) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
