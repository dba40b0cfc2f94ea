package io.rapport.app.webchat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.rapport.core.engine.Engine;
import io.rapport.core.event.ActionEvent;
import io.rapport.core.event.Actor;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.event.ObservedMessage;
import io.rapport.core.json.CoreJson;
import io.rapport.core.message.Card;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Person;
import io.rapport.core.port.Change;
import io.rapport.core.port.Store;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local web chat: a third adapter over the same core (workspace {@code local}). A visitor picks who
 * they are, talks to Rapport in a DM, and plays teammates or customers in simulated shared channels.
 * Everyone is an admin here: it is a local playground.
 */
public final class WebChat {
    public static final String WORKSPACE = "local";
    private static final Gson GSON = CoreJson.gson();
    private static final Pattern MENTION = Pattern.compile("@([\\p{L}\\p{N}._-]+)");
    private static final int MAX_TEXT = 4000;
    private static final int MAX_NAME = 60;

    private final Engine engine;
    private final Store store;
    private final WebChatStore chat;
    private final Clock clock;
    private final ZoneId zone;

    public WebChat(Engine engine, Store store, WebChatStore chat, Clock clock, ZoneId zone) {
        this.engine = engine;
        this.store = store;
        this.chat = chat;
        this.clock = clock;
        this.zone = zone;
    }

    /** First start: a few people and the team channel, so there is someone to be. */
    public void seed() {
        if (chat.people().isEmpty()) {
            chat.addPerson(new ChatPerson("alex", "Alex", "teammate", null));
            chat.addPerson(new ChatPerson("sam", "Sam", "teammate", null));
            chat.addPerson(new ChatPerson("dana", "Dana", "customer", null));
        }
        chat.addChannel(new ChatChannel(WebChatMessenger.TEAM_CHANNEL, "team", null));
        if (engine.teamChannel(WORKSPACE).isEmpty()) {
            store.commit(WORKSPACE, List.of(), List.of(new Change.PutSetting(Engine.TEAM_CHANNEL_SETTING,
                    WebChatMessenger.TEAM_CHANNEL)));
        }
    }

    public void routes(RoutesConfig routes) {
        routes.get("/api/chat/state", ctx -> json(ctx, state()));
        routes.post("/api/chat/people", ctx -> json(ctx, addPerson(body(ctx))));
        routes.post("/api/chat/channels", ctx -> json(ctx, addChannel(body(ctx))));
        routes.post("/api/chat/say", ctx -> json(ctx, say(body(ctx))));
        routes.get("/api/chat/channels/{id}/messages", ctx -> json(ctx,
                Map.of("messages", chat.messages(channel(ctx.pathParam("id")).id()))));
        routes.get("/api/chat/inbox", ctx -> inbox(ctx));
        routes.post("/api/chat/actions", ctx -> json(ctx, act(body(ctx))));
    }

    private Map<String, Object> state() {
        List<Customer> customers = store.customers(WORKSPACE);
        List<Map<String, String>> people = new ArrayList<>();
        for (ChatPerson p : chat.people()) {
            String customer = customers.stream().filter(c -> c.isContact(p.id())).map(Customer::name).findFirst()
                    .orElse(null);
            people.add(compact("id", p.id(), "name", p.name(), "role", p.role(), "customer", customer));
        }
        List<Map<String, String>> channels = chat.channels().stream().map(ch -> compact("id", ch.id(), "name",
                ch.name(), "customer", store.customerByChannel(WORKSPACE, ch.id()).map(Customer::name).orElse(null)))
                .toList();
        return Map.of("workspace", WORKSPACE, "people", people, "channels", channels,
                "customers", customers.stream().map(c -> Map.of("id", c.id(), "name", c.name())).toList());
    }

    private ChatPerson addPerson(JsonObject body) {
        String name = text(body, "name", MAX_NAME);
        String role = text(body, "role", 20).toLowerCase(Locale.ROOT);
        if (!role.equals("teammate") && !role.equals("customer")) {
            throw new ApiError(400, "role must be teammate or customer, not \"" + role + "\"");
        }
        return chat.addPerson(new ChatPerson(slug(name), name.strip(), role, null));
    }

    private ChatChannel addChannel(JsonObject body) {
        String name = text(body, "name", MAX_NAME).replaceFirst("^#", "");
        String id = slug(name);
        return chat.addChannel(new ChatChannel(id, id, null));
    }

    private Map<String, Object> say(JsonObject body) {
        ChatPerson who = person(text(body, "as", MAX_NAME));
        String conversation = text(body, "conversation", MAX_NAME);
        String text = text(body, "text", MAX_TEXT);
        if (conversation.equals("dm")) {
            String said = "u-" + UUID.randomUUID();
            chat.said(who.id(), said, text, clock.instant());
            List<Map<String, Object>> replies = replies(command(who, null, text));
            for (Map<String, Object> reply : replies) {
                String id = (String) reply.get("messageId");
                chat.deliver(who.id(), id, InboxItem.REPLY, (Card) reply.get("card"), id, clock.instant());
            }
            return Map.of("replies", replies, "said", Map.of("messageId", said, "text", text));
        }
        ChatChannel channel = channel(conversation);
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("/rapport")) {
            return Map.of("replies", replies(command(who, channel.id(), text)));
        }
        ChatMessage posted = new ChatMessage(UUID.randomUUID().toString(), who, text, clock.instant().toString());
        chat.post(channel.id(), posted);
        if (lower.startsWith("@rapport")) {
            String command = text.substring("@rapport".length()).strip();
            return Map.of("replies", replies(command(who, channel.id(), command)), "posted", posted);
        }
        Reply reply = engine.observe(new ObservedMessage(WORKSPACE, channel.id(), person(who), who.isCustomer(), text,
                posted.id(), null, clock.instant()));
        return Map.of("replies", replies(reply), "posted", posted);
    }

    private Reply command(ChatPerson who, String channel, String text) {
        return engine.command(new CommandEvent(WORKSPACE, actor(who), channel, text, mentions(text),
                clock.instant()));
    }

    private void inbox(Context ctx) {
        ChatPerson who = person(required(ctx.queryParam("as"), "as"));
        long after;
        try {
            after = Long.parseLong(ctx.queryParam("after") == null ? "0" : ctx.queryParam("after"));
        } catch (NumberFormatException e) {
            throw new ApiError(400, "after must be a whole number (the last seq you saw), e.g. after=0");
        }
        List<InboxItem> items = chat.inbox(who.id(), after);
        long latest = items.isEmpty() ? after : items.get(items.size() - 1).seq();
        json(ctx, Map.of("items", items, "latest", latest));
    }

    private Map<String, Object> act(JsonObject body) {
        ChatPerson who = person(text(body, "as", MAX_NAME));
        String messageId = text(body, "messageId", 200);
        String input = body.has("input") && !body.get("input").isJsonNull() ? body.get("input").getAsString() : null;
        String value = body.has("value") && !body.get("value").isJsonNull() ? body.get("value").getAsString() : "";
        Reply reply = engine.action(new ActionEvent(WORKSPACE, actor(who), text(body, "actionId", 60), value, input,
                clock.instant()));
        Map<String, Object> out = new LinkedHashMap<>();
        if (reply.replaceOriginal() && !reply.isEmpty()) {
            Card card = reply.cards().get(0);
            // keep the updated card in the DM too, so a reload or another tab shows what was done
            if (chat.knows(messageId)) {
                chat.deliver(who.id(), messageId, messageId.startsWith("r-") ? InboxItem.REPLY : InboxItem.NUDGE, card,
                        messageId + "@" + UUID.randomUUID(), clock.instant());
            }
            out.put("card", card);
            out.put("replies", replies(new Reply(reply.cards().subList(1, reply.cards().size()), false, false)));
        } else {
            out.put("replies", replies(reply));
        }
        return out;
    }

    private List<Map<String, Object>> replies(Reply reply) {
        return reply.cards().stream()
                .map(c -> Map.<String, Object>of("messageId", "r-" + UUID.randomUUID(), "card", c)).toList();
    }

    private Actor actor(ChatPerson who) {
        return new Actor(person(who), true, zone);
    }

    private static Person person(ChatPerson who) {
        return new Person(who.id(), who.name());
    }

    /** {@code @sam} in a command names the web chat person with that id. */
    private Map<String, Person> mentions(String text) {
        Map<String, Person> out = new LinkedHashMap<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String id = m.group(1).toLowerCase(Locale.ROOT);
            chat.person(id).ifPresent(p -> out.put(m.group(1), person(p)));
        }
        return out;
    }

    private ChatPerson person(String id) {
        return chat.person(id).orElseThrow(() -> new ApiError(400,
                "There is no person \"" + id + "\" here; pick one from the list or add them first."));
    }

    private ChatChannel channel(String id) {
        return chat.channel(id).orElseThrow(() -> new ApiError(404, "There is no channel \"" + id + "\"."));
    }

    private static JsonObject body(Context ctx) {
        try {
            var tree = JsonParser.parseString(new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8));
            if (tree.isJsonObject()) {
                return tree.getAsJsonObject();
            }
        } catch (JsonParseException e) {
            // answered below
        }
        throw new ApiError(400, "The request body must be a JSON object, e.g. {\"as\": \"alex\", \"text\": \"help\"}");
    }

    private static String text(JsonObject body, String field, int max) {
        var e = body.get(field);
        if (e == null || e.isJsonNull() || !e.isJsonPrimitive() || e.getAsString().isBlank()) {
            throw new ApiError(400, "\"" + field + "\" is missing; send it as a non-empty string");
        }
        String s = e.getAsString();
        if (s.length() > max) {
            throw new ApiError(400, "\"" + field + "\" is " + s.length() + " characters; the limit is " + max);
        }
        return s;
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new ApiError(400, "the query parameter \"" + name + "\" is missing, e.g. ?" + name + "=alex");
        }
        return value;
    }

    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        if (s.isEmpty()) {
            throw new ApiError(400, "\"" + name + "\" has no letters or digits; use a name like Dana or acme-shared");
        }
        return s;
    }

    private static Map<String, String> compact(String... kv) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                out.put(kv[i], kv[i + 1]);
            }
        }
        return out;
    }

    private static void json(Context ctx, Object body) {
        ctx.contentType("application/json; charset=utf-8").result(GSON.toJson(body));
    }
}
