package io.rapport.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Serialization;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A Bot Framework connector on loopback, as the activities' {@code serviceUrl}: it takes
 * {@code POST /v3/conversations/{id}/activities[/{replyToId}]}, {@code PUT …/activities/{id}} and
 * {@code GET …/members/{userId}}, records what arrived, and can be told to answer with an error status
 * (with {@code Retry-After}) or to hang, or for a stretch answer the way a struggling connector does
 * ({@link #outage}). Public (in the test-jar) for the app's fault scenarios.
 */
public final class FakeConnector implements AutoCloseable {
    /**
     * One request as received.
     *
     * @param id the activity id the connector answered with, or null
     */
    public record Request(String method, String path, JsonNode body, Instant at, int status, String id) {
        public String conversation() {
            if (!path.startsWith("/v3/conversations/")) {
                return ""; // POST /v3/conversations: opening a new one
            }
            String rest = path.substring("/v3/conversations/".length());
            int slash = rest.indexOf('/');
            return java.net.URLDecoder.decode(slash < 0 ? rest : rest.substring(0, slash), StandardCharsets.UTF_8);
        }

        public JsonNode card() {
            return body.path("attachments").path(0).path("content");
        }

        public String text() {
            return body.path("text").asText("");
        }
    }

    private final HttpServer server;
    private final List<Request> requests = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Deque<Integer> scripted = new ConcurrentLinkedDeque<>();
    private final Map<String, String> members = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean hang;
    private volatile int retryAfterSeconds;
    private volatile Outage outage;
    private final List<Request> unanswered = java.util.Collections.synchronizedList(new ArrayList<>());

    /**
     * How sends are answered while the connector struggles: {@code RATE_LIMITED} is a 429 with
     * {@code Retry-After: seconds}; {@code ERROR} the status {@code seconds} names, with nothing delivered;
     * {@code HANG} delivers the activity and answers nothing for {@code seconds}, past a client's read timeout,
     * then drops the connection. GETs are answered as usual.
     */
    public record Outage(Kind kind, int seconds) {
        public enum Kind { RATE_LIMITED, ERROR, HANG }
    }

    public FakeConnector() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-connector");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The next sends answer these statuses in turn (then 200 again). */
    FakeConnector answer(int... statuses) {
        for (int s : statuses) {
            scripted.add(s);
        }
        return this;
    }

    FakeConnector retryAfter(int seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    /** From now on, take requests and never answer them (until closed). */
    /** From now on POSTs and PUTs are answered as {@code outage} says; null answers them normally again. */
    public FakeConnector outage(Outage outage) {
        this.outage = outage;
        return this;
    }

    FakeConnector hang() {
        this.hang = true;
        return this;
    }

    /** What {@code GET /v3/conversations/{id}/members/{user}} returns for that user (a TeamsChannelAccount). */
    FakeConnector member(String userId, String json) {
        members.put(userId, json);
        return this;
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** What an {@link Outage.Kind#HANG} delivered without ever answering. */
    public List<Request> unanswered() {
        synchronized (unanswered) {
            return List.copyOf(unanswered);
        }
    }

    /** Successful POSTs and PUTs: what a person would see. */
    public List<Request> delivered() {
        return requests().stream().filter(r -> !r.method().equals("GET") && r.status() < 300).toList();
    }

    /** Waits until a request matching {@code what} has arrived; fails the test otherwise. */
    Request await(Predicate<Request> what, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            for (Request r : requests()) {
                if (what.test(r)) {
                    return r;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the connector did not receive the expected request within " + within
                + "; it received " + requests().stream().map(r -> r.method() + " " + r.path() + " " + r.status())
                .toList());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode body = raw.length == 0 ? Serialization.createObjectNode()
                : Serialization.jsonToTree(new String(raw, StandardCharsets.UTF_8));
        if (hang) {
            requests.add(new Request(method, path, body, Instant.now(), 0, null));
            try {
                released.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        if (method.equals("GET") && path.contains("/members/")) {
            String user = java.net.URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
            String json = members.get(user);
            requests.add(new Request(method, path, body, Instant.now(), json == null ? 404 : 200, null));
            send(exchange, json == null ? 404 : 200, json == null ? "{\"error\":{\"code\":\"NotFound\"}}" : json);
            return;
        }
        Outage now = outage;
        if (now != null && now.kind() == Outage.Kind.HANG) {
            String id = "fake-" + ids.incrementAndGet();
            Request delivered = new Request(method, path, body, Instant.now(), 201, id);
            requests.add(delivered);
            unanswered.add(delivered);
            try {
                released.await(now.seconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        if (now != null) {
            boolean limited = now.kind() == Outage.Kind.RATE_LIMITED;
            int code = limited ? 429 : now.seconds();
            requests.add(new Request(method, path, body, Instant.now(), code, null));
            if (limited) {
                exchange.getResponseHeaders().add("Retry-After", String.valueOf(now.seconds()));
            }
            send(exchange, code, "{\"error\":{\"code\":\"" + (limited ? "Throttled" : "ServiceError") + "\"}}");
            return;
        }
        Integer status = scripted.poll();
        int code = status == null ? (method.equals("PUT") ? 200 : 201) : status;
        String id = code < 300 ? "fake-" + ids.incrementAndGet() : null;
        requests.add(new Request(method, path, body, Instant.now(), code, id));
        if (code >= 300) {
            if (retryAfterSeconds > 0) {
                exchange.getResponseHeaders().add("Retry-After", String.valueOf(retryAfterSeconds));
            }
            send(exchange, code, "{\"error\":{\"code\":\"Throttled\",\"message\":\"scripted " + code + "\"}}");
            return;
        }
        send(exchange, code, "{\"id\":\"" + id + "\"}");
    }

    private static void send(HttpExchange exchange, int code, String json) throws IOException {
        byte[] out = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(code, out.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(out);
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
