package io.rapport.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.rapport.core.engine.Engine;
import io.rapport.core.event.Actor;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.event.ObservedMessage;
import io.rapport.core.json.CoreJson;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Person;
import io.rapport.core.port.Store;
import io.rapport.slack.blocks.BlockKit;
import io.rapport.slack.web.SlackApi;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Handles one stored Events API envelope (off the request path). A DM or an {@code @Rapport} mention is a
 * command; a person's message in a channel linked to a customer is an observed touch. Edits, deletions, joins
 * and bot messages are not new messages and change nothing.
 */
public final class EventProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(EventProcessor.class);
    /** Message subtypes that are a person saying something new. */
    private static final Set<String> NEW_MESSAGE = Set.of("", "thread_broadcast", "file_share");
    private final Engine engine;
    private final Store store;
    private final UserDirectory users;
    private final SlackMessenger messenger;
    private final SlackApi api;
    private final AppHome home;
    private final UnifiedJedis redis;
    private final Clock clock;
    private final java.util.function.BiConsumer<String, String> uninstall;

    /** @param uninstall told (team id, event type) when Slack says the app was uninstalled or its tokens revoked */
    public EventProcessor(Engine engine, Store store, UserDirectory users, SlackMessenger messenger, SlackApi api,
                          AppHome home, UnifiedJedis redis, java.util.function.BiConsumer<String, String> uninstall,
                          Clock clock) {
        this.engine = engine;
        this.store = store;
        this.users = users;
        this.messenger = messenger;
        this.api = api;
        this.home = home;
        this.redis = redis;
        this.uninstall = uninstall;
        this.clock = clock;
    }

    /** The installing workspace: in Slack Connect the envelope's team_id may be the other organisation's. */
    public static String installingTeam(JsonObject envelope) {
        JsonElement auths = envelope.get("authorizations");
        if (auths != null && auths.isJsonArray() && !auths.getAsJsonArray().isEmpty()) {
            String team = str(auths.getAsJsonArray().get(0).getAsJsonObject(), "team_id");
            if (team != null) {
                return team;
            }
        }
        String team = str(envelope, "team_id");
        return team != null ? team : str(envelope, "enterprise_id");
    }

    public void process(String body) {
        JsonObject envelope = JsonParser.parseString(body).getAsJsonObject();
        JsonObject event = envelope.getAsJsonObject("event");
        if (event == null) {
            return;
        }
        String team = installingTeam(envelope);
        String eventId = Optional.ofNullable(str(envelope, "event_id")).orElse(str(event, "event_ts"));
        String type = Optional.ofNullable(str(event, "type")).orElse("");
        switch (type) {
            case "message" -> message(team, eventId, botUser(envelope), event);
            case "app_mention" -> mention(team, eventId, botUser(envelope), event);
            case "app_home_opened" -> {
                if (!"messages".equals(str(event, "tab"))) {
                    home.publish(team, str(event, "user"));
                }
            }
            case "app_uninstalled", "tokens_revoked" -> uninstall.accept(team, type);
            default -> LOG.debug("Ignoring Slack event {}", type);
        }
    }

    private void message(String team, String eventId, String botUser, JsonObject event) {
        String subtype = Optional.ofNullable(str(event, "subtype")).orElse("");
        String user = str(event, "user");
        if (!NEW_MESSAGE.contains(subtype) || event.has("bot_id") || user == null || user.equals(botUser)) {
            return; // an edit, a deletion, a join, or a bot: not a person saying something new
        }
        String channel = str(event, "channel");
        if (channel == null) {
            return; // said nowhere (a damaged event): nothing to record or answer
        }
        String text = Optional.ofNullable(str(event, "text")).orElse("");
        if ("im".equals(str(event, "channel_type"))) {
            if (!fromOurTeam(team, event)) {
                return; // a Slack Connect DM from another organisation: not ours to answer
            }
            Reply reply = once(team, eventId, () -> {
                Actor actor = users.actor(team, user, user);
                Markup.Parsed parsed = Markup.parse(text);
                return engine.command(new CommandEvent(Workspaces.of(team), actor, null, parsed.text(),
                        parsed.mentions(), at(event)));
            });
            if (!reply.isEmpty()) {
                messenger.post(team, channel, reply, "event:" + eventId);
            }
            return;
        }
        if (botUser != null && Markup.withoutLeadingMention(text, botUser).length() != text.strip().length()) {
            return; // "@Rapport …" is a command (its app_mention event), not a touch
        }
        String ws = Workspaces.of(team);
        Optional<Customer> customer = store.customerByChannel(ws, channel);
        if (customer.isEmpty()) {
            return;
        }
        Person author = users.person(team, user, null);
        boolean fromCustomer = !fromOurTeam(team, event) || customer.get().isContact(user);
        String ts = str(event, "ts");
        String thread = str(event, "thread_ts");
        Reply reply = once(team, eventId, () -> engine.observe(new ObservedMessage(ws, channel, author, fromCustomer,
                Markup.parse(text).text(), ts, thread == null || thread.equals(ts) ? null : thread, at(event))));
        if (!reply.isEmpty() && !fromCustomer) {
            ephemeralOnce(team, channel, user, reply, "event:" + eventId);
        }
    }

    private void mention(String team, String eventId, String botUser, JsonObject event) {
        String user = str(event, "user");
        if (event.has("bot_id") || user == null || !fromOurTeam(team, event)) {
            return;
        }
        String channel = str(event, "channel");
        Reply reply = once(team, eventId, () -> {
            Markup.Parsed parsed = Markup.parse(Markup.withoutLeadingMention(str(event, "text"), botUser));
            Actor actor = users.actor(team, user, user);
            return engine.command(new CommandEvent(Workspaces.of(team), actor, channel, parsed.text(),
                    parsed.mentions(), at(event)));
        });
        if (reply.isEmpty()) {
            return;
        }
        if (reply.visibleToChannel()) {
            messenger.post(team, channel, reply, "event:" + eventId);
        } else {
            ephemeralOnce(team, channel, user, reply, "event:" + eventId);
        }
    }

    /**
     * Runs the core once per event: its answer is kept, so when sending the answer failed and the event is
     * handled again, the touch or command is not applied a second time, only the answer is sent again.
     */
    private Reply once(String team, String eventId, java.util.function.Supplier<Reply> work) {
        String key = "rapport:{slack}:done:" + team + ":" + eventId;
        String saved = redis.get(key);
        if (saved != null) {
            return CoreJson.gson().fromJson(saved, Reply.class);
        }
        Reply reply = work.get();
        redis.set(key, CoreJson.gson().toJson(reply), SetParams.setParams().ex(86_400));
        return reply;
    }

    /** An ephemeral message has no ts to look up later, so its key is marked as soon as Slack took it. */
    private void ephemeralOnce(String team, String channel, String user, Reply reply, String key) {
        String mark = Workspaces.key(team, "slack:sent:" + key);
        if (redis.exists(mark)) {
            return;
        }
        api.postEphemeral(team, channel, user, BlockKit.blocks(reply), BlockKit.fallback(reply));
        redis.set(mark, "ephemeral", SetParams.setParams().ex(86_400));
    }

    /** Teammates belong to the installing workspace; a Slack Connect member of another organisation does not. */
    private static boolean fromOurTeam(String team, JsonObject event) {
        String userTeam = str(event, "user_team");
        if (userTeam == null) {
            userTeam = str(event, "team");
        }
        return userTeam == null || userTeam.equals(team);
    }

    private static String botUser(JsonObject envelope) {
        JsonElement auths = envelope.get("authorizations");
        if (auths != null && auths.isJsonArray()) {
            JsonArray a = auths.getAsJsonArray();
            if (!a.isEmpty()) {
                return str(a.get(0).getAsJsonObject(), "user_id");
            }
        }
        return null;
    }

    private Instant at(JsonObject event) {
        String ts = str(event, "ts");
        if (ts == null) {
            return clock.instant();
        }
        try {
            BigDecimal seconds = new BigDecimal(ts);
            return Instant.ofEpochSecond(seconds.longValue(),
                    seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        } catch (NumberFormatException e) {
            return clock.instant();
        }
    }

    static String str(JsonObject o, String field) {
        JsonElement e = o == null ? null : o.get(field);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? null : e.getAsString();
    }
}
