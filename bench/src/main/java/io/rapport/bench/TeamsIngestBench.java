package io.rapport.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Teams message activities into {@code POST /api/messages} of the real jar (unauthenticated, as without
 * MICROSOFT_APP_ID; the activities' service URL is a loopback connector, which a development Rapport allows)
 * and of a bare Bot Framework bot ({@link BareTeamsServer}), both in their own processes, the same load
 * alternating between them. Every activity is a customer's contact writing in a channel linked to a customer,
 * which Rapport queues in the workspace's inbox before answering and its worker records as a touch; afterwards
 * the touches are counted in Redis (waiting for the worker to catch up).
 */
final class TeamsIngestBench {
    static final String PATH = "/api/messages";
    private static final String TENANT = "6f1e1c2a-1b2c-4d5e-8f90-123456789abc";
    private static final String CHANNEL = "19:bench-channel@thread.tacv2";
    private static final DateTimeFormatter NANOS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.nnnnnnnnnXXX");

    record Result(List<IngestBench.Run> rapport, List<IngestBench.Run> baseline, long sent, long persisted,
                  double catchUpSeconds) {
    }

    private final AtomicInteger sequence = new AtomicInteger();
    private String serviceUrl;

    private TeamsIngestBench() {
    }

    static Result run(BenchRedis redis, Path jar, int connections, Duration each, int rounds) throws Exception {
        return new TeamsIngestBench().measure(redis, jar, connections, each, rounds);
    }

    private Result measure(BenchRedis redis, Path jar, int connections, Duration each, int rounds) throws Exception {
        redis.client.flushAll();
        Path data = Files.createTempDirectory("rapport-bench-teams");
        HttpServer connector = connector();
        serviceUrl = "http://127.0.0.1:" + connector.getAddress().getPort() + "/";
        int rapportPort = IngestBench.freePort();
        int barePort = IngestBench.freePort();
        Process rapport = IngestBench.start(List.of(IngestBench.java(), "-jar", jar.toString()), Map.of(
                "RAPPORT_PORT", String.valueOf(rapportPort), "RAPPORT_DATA_DIR", data.toString(),
                "REDIS_URL", "redis://127.0.0.1:" + redis.port, "RAPPORT_TEAMS", "on"), data.resolve("rapport.log"));
        String benchJar = Path.of(TeamsIngestBench.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        Process bare = IngestBench.start(List.of(IngestBench.java(), "-cp", benchJar, BareTeamsServer.class.getName(),
                String.valueOf(barePort)), Map.of(), data.resolve("bare.log"));
        try {
            IngestBench.awaitReady(rapport, rapportPort, data.resolve("rapport.log"));
            IngestBench.awaitReady(bare, barePort, data.resolve("bare.log"));
            String rapportUrl = "http://127.0.0.1:" + rapportPort + PATH;
            String bareUrl = "http://127.0.0.1:" + barePort + PATH;
            post(rapportUrl, activity("conversation", "a:personal-alex", "personal", "29:alex", "Alex Kim",
                    "add Acme tier key", ""));
            post(rapportUrl, activity("conversation", CHANNEL, "channel", "29:alex", "Alex Kim",
                    "<at>Rapport</at> link acme", mention("28:rapport-bench-bot", "Rapport")));
            post(rapportUrl, activity("conversation", CHANNEL, "channel", "29:alex", "Alex Kim",
                    "<at>Rapport</at> contact acme <at>Dana Lee</at>", mention("28:rapport-bench-bot", "Rapport")
                            + "," + mention("29:dana", "Dana Lee")));
            long sent = 0;
            // warm-up: the JIT, connection pools, Lua scripts; its activities count as sent too
            LoadClient.run(bareUrl, connections, Duration.ofSeconds(3), this::message);
            sent += LoadClient.run(rapportUrl, connections, Duration.ofSeconds(3), this::message).requests();
            List<IngestBench.Run> ours = new ArrayList<>();
            List<IngestBench.Run> theirs = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                theirs.add(IngestBench.summary(LoadClient.run(bareUrl, connections, each, this::message)));
                LoadClient.Result r = LoadClient.run(rapportUrl, connections, each, this::message);
                sent += r.requests();
                ours.add(IngestBench.summary(r));
            }
            long stopped = System.nanoTime();
            long persisted = IngestBench.awaitPersisted(redis, "teams:" + TENANT, sent);
            return new Result(ours, theirs, sent, persisted, (System.nanoTime() - stopped) / 1e9);
        } finally {
            IngestBench.stop(rapport);
            IngestBench.stop(bare);
            connector.stop(0);
        }
    }

    /** A contact's message in the linked channel: a distinct activity id each. */
    private LoadClient.Signed message() {
        int n = sequence.incrementAndGet();
        String body = activity("bench-" + n, CHANNEL, "channel", "29:dana", "Dana Lee",
                "Thanks, the export for run " + n + " looks right now", "");
        return new LoadClient.Signed(body.getBytes(StandardCharsets.UTF_8),
                new String[] {"Content-Type", "application/json"});
    }

    private String activity(String id, String conversation, String type, String from, String name, String text,
            String entities) {
        String channelData = type.equals("channel") ? ",\"channelData\":{\"channel\":{\"id\":\"" + CHANNEL
                + "\"},\"team\":{\"id\":\"" + CHANNEL + "\"},\"tenant\":{\"id\":\"" + TENANT + "\"}}" : "";
        return "{\"type\":\"message\",\"id\":\"" + id + "-" + sequence.incrementAndGet() + "\",\"channelId\":"
                + "\"msteams\",\"serviceUrl\":\"" + serviceUrl + "\",\"timestamp\":\""
                + NANOS.format(OffsetDateTime.now(ZoneOffset.UTC)) + "\",\"from\":{\"id\":\"" + from
                + "\",\"name\":\"" + name + "\"},\"recipient\":{\"id\":\"28:rapport-bench-bot\",\"name\":\"Rapport\"},"
                + "\"conversation\":{\"conversationType\":\"" + type + "\",\"isGroup\":" + type.equals("channel")
                + ",\"tenantId\":\"" + TENANT + "\",\"id\":\"" + conversation + "\"},\"text\":\"" + text + "\""
                + channelData + ",\"entities\":[" + entities + "]}";
    }

    private static String mention(String id, String name) {
        return "{\"type\":\"mention\",\"text\":\"<at>" + name + "</at>\",\"mentioned\":{\"id\":\"" + id
                + "\",\"name\":\"" + name + "\"}}";
    }

    private static void post(String url, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("set-up activity answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    /** A connector that takes every reply Rapport sends and knows nobody's roster. */
    private static HttpServer connector() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        AtomicInteger ids = new AtomicInteger();
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "bench-connector");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            boolean post = ex.getRequestMethod().equals("POST") || ex.getRequestMethod().equals("PUT");
            byte[] out = (post ? "{\"id\":\"" + ids.incrementAndGet() + "\"}" : "{}").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(post ? 200 : 404, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        server.start();
        return server;
    }
}
