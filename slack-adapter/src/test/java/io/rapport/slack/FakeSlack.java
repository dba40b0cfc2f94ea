package io.rapport.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Slack Web API on loopback, for tests: records every call, answers the methods Rapport uses the way Slack
 * does (a posted message gets a ts and shows up in conversations.history with its metadata), and can be told to
 * answer the next calls of a method with an error such as a 429 with Retry-After, or for a stretch answer a method
 * the way a struggling Slack does ({@link #outage}). response_urls land under {@code /hooks/}.
 */
public final class FakeSlack implements AutoCloseable {
    private final HttpServer server;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Deque<Canned>> canned = new HashMap<>();
    private final Map<String, List<JsonObject>> channels = new HashMap<>();
    private final Map<String, JsonObject> users = new HashMap<>();
    private volatile String socketUrl = "ws://127.0.0.1:9/none";
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000_100L);
    private final Map<String, Hold> holds = new HashMap<>();
    private final Map<String, Outage> outages = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Answered> answered = Collections.synchronizedList(new ArrayList<>());

    /**
     * How a method is answered while Slack struggles: {@code RATE_LIMITED} is a 429 with
     * {@code Retry-After: seconds}; {@code ERROR} a 500 (nothing done); {@code HANG} carries the call out (a message
     * is posted) and answers only after {@code seconds}, past a client's timeout.
     */
    public record Outage(Kind kind, int seconds) {
        public enum Kind { RATE_LIMITED, ERROR, HANG }
    }

    /** A call answered with an error status (or held): when, and the Retry-After it carried (0 for none). */
    public record Answered(String method, int status, long atMillis, int retryAfterSeconds) {
    }

    /**
     * The next call of a method is carried out (a message is posted) but its answer is held back until
     * {@link #release()}: the moment a caller can die after Slack acted and before it heard so.
     */
    public static final class Hold {
        private final java.util.concurrent.CountDownLatch reached = new java.util.concurrent.CountDownLatch(1);
        private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);

        /** Waits until a call is being held; false on timeout. */
        public boolean awaitHeld(long seconds) throws InterruptedException {
            return reached.await(seconds, java.util.concurrent.TimeUnit.SECONDS);
        }

        public void release() {
            released.countDown();
        }
    }

    /**
     * One request Rapport made. {@code params} are the form fields, or the top-level fields of a JSON body (a
     * nested object or array as its JSON text) with the whole body under {@code _body}; {@code _type} is the
     * request's Content-Type and {@code _token} the Bearer token it carried.
     */
    public record Call(String method, Map<String, String> params, long atMillis) {
        public JsonArray blocks() {
            String b = params.get("blocks");
            return b == null ? new JsonArray() : JsonParser.parseString(b).getAsJsonArray();
        }

        public JsonObject json(String field) {
            return JsonParser.parseString(params.get(field)).getAsJsonObject();
        }
    }

    private record Canned(int status, Map<String, String> headers, String body) {
    }

    public FakeSlack() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        // a held or hanging answer must not stop the other calls (conversations.history above all)
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-slack");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** What {@code SLACK_API_URL} is set to. */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** Where apps.connections.open sends a Socket Mode client. */
    public void socketUrl(String url) {
        this.socketUrl = url;
    }

    public void user(String id, String name, String team, String tz, boolean admin) {
        JsonObject u = new JsonObject();
        u.addProperty("id", id);
        u.addProperty("team_id", team);
        u.addProperty("name", name.toLowerCase());
        u.addProperty("real_name", name);
        u.addProperty("tz", tz);
        u.addProperty("is_admin", admin);
        JsonObject profile = new JsonObject();
        profile.addProperty("display_name", name);
        profile.addProperty("real_name", name);
        u.add("profile", profile);
        synchronized (users) {
            users.put(id, u);
        }
    }

    /** The next call of {@code method} is answered with this status, headers and body instead. */
    public void failNext(String method, int status, Map<String, String> headers, String body) {
        synchronized (canned) {
            canned.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new Canned(status, headers, body));
        }
    }

    /** From now on {@code method} is answered as {@code outage} says; null makes it answer normally again. */
    public void outage(String method, Outage outage) {
        if (outage == null) {
            outages.remove(method);
        } else {
            outages.put(method, outage);
        }
    }

    /** The calls answered 429 or 5xx, or held, while an {@link #outage} was on. */
    public List<Answered> faultAnswers() {
        synchronized (answered) {
            return List.copyOf(answered);
        }
    }

    /** Every message Rapport's posts left in any channel, oldest first within a channel. */
    public List<JsonObject> posted() {
        synchronized (channels) {
            return channels.values().stream().flatMap(List::stream).toList();
        }
    }

    public Hold holdNext(String method) {
        Hold hold = new Hold();
        synchronized (holds) {
            holds.put(method, hold);
        }
        return hold;
    }

    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    public List<Call> calls(String method) {
        return calls().stream().filter(c -> c.method().equals(method)).toList();
    }

    /** The messages in a channel as Slack would keep them, oldest first. */
    public List<JsonObject> messages(String channel) {
        synchronized (channels) {
            return List.copyOf(channels.getOrDefault(channel, List.of()));
        }
    }

    public void reset() {
        calls.clear();
        synchronized (canned) {
            canned.clear();
        }
        synchronized (channels) {
            channels.clear();
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = path.startsWith("/api/") ? path.substring(5) : path.substring(1);
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> params = params(ex, body);
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type != null) {
            params.put("_type", type);
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth != null) {
            params.put("_token", auth.replaceFirst("^Bearer ", ""));
        }
        calls.add(new Call(method, params, System.currentTimeMillis()));
        if (path.startsWith("/api/") && params.containsKey("_body") && auth == null) {
            // as Slack: a JSON body cannot carry the token, so without the header the call is not authenticated
            byte[] out = "{\"ok\":false,\"error\":\"not_authed\"}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, out.length);
            ex.getResponseBody().write(out);
            ex.close();
            return;
        }
        Outage outage = outages.get(method);
        if (outage != null && outage.kind() != Outage.Kind.HANG) {
            boolean limited = outage.kind() == Outage.Kind.RATE_LIMITED;
            int status = limited ? 429 : 500;
            answered.add(new Answered(method, status, System.currentTimeMillis(), limited ? outage.seconds() : 0));
            if (limited) {
                ex.getResponseHeaders().add("Retry-After", String.valueOf(outage.seconds()));
            }
            ex.sendResponseHeaders(status, -1);
            ex.close();
            return;
        }
        Canned c;
        synchronized (canned) {
            Deque<Canned> q = canned.get(method);
            c = q == null ? null : q.poll();
        }
        if (c == null) {
            c = new Canned(200, Map.of("Content-Type", "application/json"), answer(method, params).toString());
        }
        Hold hold;
        synchronized (holds) {
            hold = holds.remove(method);
        }
        if (hold != null) {
            hold.reached.countDown();
            try {
                hold.released.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (outage != null) {
            // carried out above; the answer comes too late for the caller to hear it
            answered.add(new Answered(method, 0, System.currentTimeMillis(), 0));
            try {
                Thread.sleep(outage.seconds() * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        c.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        byte[] out = c.body().getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(c.status(), out.length == 0 ? -1 : out.length);
        if (out.length > 0) {
            ex.getResponseBody().write(out);
        }
        ex.close();
    }

    private JsonObject answer(String method, Map<String, String> p) {
        JsonObject r = new JsonObject();
        r.addProperty("ok", true);
        switch (method) {
            case "conversations.open" -> {
                JsonObject channel = new JsonObject();
                channel.addProperty("id", "D" + p.get("users"));
                r.add("channel", channel);
            }
            case "chat.postMessage" -> {
                String stamp = nextTs();
                JsonObject m = new JsonObject();
                m.addProperty("ts", stamp);
                m.addProperty("text", p.get("text"));
                m.addProperty("bot_id", "B1");
                if (p.get("metadata") != null) {
                    m.add("metadata", JsonParser.parseString(p.get("metadata")));
                }
                synchronized (channels) {
                    channels.computeIfAbsent(p.get("channel"), k -> new ArrayList<>()).add(m);
                }
                r.addProperty("channel", p.get("channel"));
                r.addProperty("ts", stamp);
            }
            case "chat.postEphemeral" -> r.addProperty("message_ts", nextTs());
            case "chat.update" -> {
                r.addProperty("channel", p.get("channel"));
                r.addProperty("ts", p.get("ts"));
            }
            case "conversations.history" -> {
                JsonArray list = new JsonArray();
                List<JsonObject> all = messages(p.get("channel"));
                for (int i = all.size() - 1; i >= 0; i--) {
                    list.add(all.get(i));
                }
                r.add("messages", list);
            }
            case "users.info" -> {
                JsonObject u;
                synchronized (users) {
                    u = users.get(p.get("user"));
                }
                if (u == null) {
                    r.addProperty("ok", false);
                    r.addProperty("error", "user_not_found");
                } else {
                    r.add("user", u);
                }
            }
            case "apps.connections.open" -> r.addProperty("url", socketUrl);
            case "oauth.v2.access" -> {
                r.addProperty("app_id", "A1");
                r.addProperty("scope", "chat:write,commands");
                r.addProperty("token_type", "bot");
                r.addProperty("access_token", "xoxb-installed-" + p.get("code"));
                r.addProperty("bot_user_id", "UBOT");
                JsonObject team = new JsonObject();
                team.addProperty("id", "T777");
                team.addProperty("name", "Acme Support");
                r.add("team", team);
                r.addProperty("refresh_token", "xoxe-1-refresh-" + p.get("code"));
                JsonObject user = new JsonObject();
                user.addProperty("id", "U1");
                user.addProperty("access_token", "xoxp-user-" + p.get("code"));
                r.add("authed_user", user);
                r.addProperty("is_enterprise_install", false);
            }
            case "auth.test" -> {
                r.addProperty("team_id", "T111");
                r.addProperty("user_id", "UBOT");
            }
            default -> {
                // views.publish, response_url hooks and the rest: ok
            }
        }
        return r;
    }

    private String nextTs() {
        long n = ts.incrementAndGet();
        return (n / 1_000_000) + "." + String.format("%06d", n % 1_000_000);
    }

    private static Map<String, String> params(HttpExchange ex, String body) {
        Map<String, String> out = new LinkedHashMap<>();
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.contains("json")) {
            JsonElement tree = body.isBlank() ? new JsonObject() : JsonParser.parseString(body);
            if (tree.isJsonObject()) {
                tree.getAsJsonObject().entrySet().forEach(e -> out.put(e.getKey(),
                        e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue().toString()));
            }
            out.put("_body", body);
            return out;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
