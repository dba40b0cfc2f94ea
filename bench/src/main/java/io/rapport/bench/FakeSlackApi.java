package io.rapport.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The two Slack Web API methods a nudge's delivery calls (conversations.open, chat.postMessage), on loopback,
 * answering at once and keeping only when each post reached each channel: a fake that costs the delivery as
 * little as possible, so what is measured is Rapport's side.
 */
final class FakeSlackApi implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Map<String, List<Long>> posts = new ConcurrentHashMap<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000_000L);

    FakeSlackApi() throws IOException {
        // without nodelay the JDK server's separate writes of head and body wait out the client's delayed ACK
        // (~40 ms); the JDK reads it once, when the JVM's first server starts, so bench/run.sh sets it on the
        // command line: setting it here came too late whenever the Teams bench's fake connector started first
        if (!Boolean.getBoolean("sun.net.httpserver.nodelay")) {
            throw new IllegalStateException("run with -Dsun.net.httpserver.nodelay=true (bench/run.sh does)");
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.createContext("/api/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** Nanosecond times (System.nanoTime) of the posts each channel received. */
    Map<String, List<Long>> posts() {
        return posts;
    }

    private void handle(HttpExchange ex) throws IOException {
        long at = System.nanoTime();
        String method = ex.getRequestURI().getPath().substring("/api/".length());
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String answer;
        if (method.equals("conversations.open")) {
            answer = "{\"ok\":true,\"channel\":{\"id\":\"D" + param(body, "users") + "\"}}";
        } else if (method.equals("chat.postMessage")) {
            String channel = param(body, "channel");
            posts.computeIfAbsent(channel, c -> Collections.synchronizedList(new ArrayList<>())).add(at);
            long n = ts.incrementAndGet();
            answer = "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + n / 1_000_000 + "."
                    + String.format("%06d", n % 1_000_000) + "\"}";
        } else {
            answer = "{\"ok\":true}";
        }
        byte[] out = answer.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }

    /** A form or JSON body's value of {@code name}; enough for the two methods answered here. */
    private static String param(String body, String name) {
        if (body.startsWith("{")) {
            int at = body.indexOf("\"" + name + "\"");
            int start = body.indexOf('"', body.indexOf(':', at) + 1) + 1;
            return body.substring(start, body.indexOf('"', start));
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
