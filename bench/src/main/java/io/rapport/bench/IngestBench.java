package io.rapport.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.rapport.slack.FakeSlack;
import io.rapport.slack.Fixtures;
import io.rapport.slack.http.RequestVerifier;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Signed Slack Connect messages into {@code POST /slack/events} of the real jar (Redis: the bench's own, on
 * loopback) and of a bare Bolt app behind the same bridge, both in their own processes, the same load
 * alternating between them. Afterwards the touches Rapport persisted are counted in Redis.
 */
final class IngestBench {
    static final String SECRET = "bench-signing-secret";
    static final String TEAM = "T111";
    static final String CHANNEL = "C111";

    record Run(double perSecond, double p50, double p99, double max, int failures) {
    }

    /** Both servers' closed-loop runs, what was persisted, and each server's open-loop run at {@link #OPEN_RATE}. */
    record Result(List<Run> rapport, List<Run> baseline, long sent, long persisted, double drainSeconds,
            Heap heap, Run openRapport, Run openBaseline) {
    }

    /** Heap in use right after the load (uncollected garbage included) and after a full collection then. */
    record Heap(double inUseMegabytes, double liveMegabytes) {
    }

    /** Well under both servers' capacity on this machine, so the figure is latency, not queueing. */
    static final int OPEN_RATE = 200;

    private final RequestVerifier signer = new RequestVerifier(SECRET, Clock.systemUTC());
    private final String template;
    private final long base = Instant.now().getEpochSecond();
    private final java.util.concurrent.atomic.AtomicInteger sequence = new java.util.concurrent.atomic.AtomicInteger();

    private IngestBench() {
        // a real Slack Connect thread reply, made a customer's message in the linked channel
        JsonObject envelope = JsonParser.parseString(Fixtures.text(
                "events/message.channel.thread-reply.user_team-source_team.java-EventAssistantTest.json"))
                .getAsJsonObject();
        JsonObject event = envelope.getAsJsonObject("event");
        event.addProperty("user_team", "T_ACME");
        event.addProperty("channel", CHANNEL);
        event.addProperty("text", "Thanks, the export for run #N# looks right now");
        event.addProperty("ts", "#TS#");
        envelope.addProperty("event_id", "#EID#");
        template = envelope.toString();
    }

    /** The next event: ids are never reused across runs, or the inbox would rightly drop them as retries. */
    private LoadClient.Signed event() {
        int n = sequence.incrementAndGet();
        String body = template.replace("#EID#", "EvBENCH" + n).replace("#TS#", base + "." + String.format("%06d", n))
                .replace("#N#", Integer.toString(n));
        return signed(body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private LoadClient.Signed signed(byte[] body, String type) {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        return new LoadClient.Signed(body, new String[] {"Content-Type", type, RequestVerifier.TIMESTAMP, ts,
                RequestVerifier.SIGNATURE, signer.sign(ts, body)});
    }

    static Result run(BenchRedis redis, Path jar, int connections, Duration each, int rounds) throws Exception {
        return new IngestBench().measure(redis, jar, connections, each, rounds);
    }

    private Result measure(BenchRedis redis, Path jar, int connections, Duration each, int rounds) throws Exception {
        redis.client.flushAll();
        Path data = Files.createTempDirectory("rapport-bench-ingest");
        try (FakeSlack slack = new FakeSlack()) {
            slack.user("U1", "Alex", TEAM, "Europe/Paris", true);
            slack.user("W222", "Dana", "T_ACME", "America/New_York", false);
            int rapportPort = freePort();
            int barePort = freePort();
            List<String> rapportCmd = List.of(java(), "-jar", jar.toString());
            Process rapport = start(rapportCmd, Map.of("RAPPORT_PORT", String.valueOf(rapportPort),
                    "RAPPORT_DATA_DIR", data.toString(), "REDIS_URL", "redis://127.0.0.1:" + redis.port,
                    "SLACK_SIGNING_SECRET", SECRET, "SLACK_BOT_TOKEN", "xoxb-bench", "SLACK_API_URL", slack.apiUrl(),
                    "RAPPORT_TEAMS", "off"), data.resolve("rapport.log"));
            String benchJar = Path.of(IngestBench.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
            Process bare = start(List.of(java(), "-cp", benchJar, BareBoltServer.class.getName(),
                    String.valueOf(barePort), SECRET, slack.apiUrl()), Map.of(), data.resolve("bare.log"));
            try {
                awaitReady(rapport, rapportPort, data.resolve("rapport.log"));
                awaitReady(bare, barePort, data.resolve("bare.log"));
                String rapportUrl = "http://127.0.0.1:" + rapportPort + "/slack/events";
                String bareUrl = "http://127.0.0.1:" + barePort + "/slack/events";
                command(rapportUrl, "C999", "add Acme owner <@U1|alex>");
                String linked = command(rapportUrl, CHANNEL, "link acme");
                if (!linked.contains("Linked")) {
                    throw new IllegalStateException("could not link the channel: " + linked);
                }
                long sent = 0;
                // warm-up: the JIT, connection pools, Lua scripts; its events count as sent too
                LoadClient.run(bareUrl, connections, Duration.ofSeconds(3), this::event);
                sent += LoadClient.run(rapportUrl, connections, Duration.ofSeconds(3), this::event).requests();
                List<Run> ours = new ArrayList<>();
                List<Run> theirs = new ArrayList<>();
                for (int i = 0; i < rounds; i++) {
                    theirs.add(summary(LoadClient.run(bareUrl, connections, each, this::event)));
                    LoadClient.Result r = LoadClient.run(rapportUrl, connections, each, this::event);
                    sent += r.requests();
                    ours.add(summary(r));
                }
                double inUse = heapMegabytes(rapportPort);
                collectGarbage(rapport);
                Heap heap = new Heap(inUse, heapMegabytes(rapportPort));
                System.out.printf("Rapport heap after the load: %.0f MB in use, %.0f MB after a full collection%n",
                        heap.inUseMegabytes(), heap.liveMegabytes());
                Run openBaseline = summary(LoadClient.atRate(bareUrl, OPEN_RATE, each, this::event));
                LoadClient.Result open = LoadClient.atRate(rapportUrl, OPEN_RATE, each, this::event);
                sent += open.requests();
                long t0 = System.nanoTime();
                long persisted = awaitPersisted(redis, "slack:" + TEAM, sent);
                System.out.printf("Slack inbox after the load: %s entries in the stream, %s set aside, groups %s%n",
                        redis.client.xlen("rapport:{slack}:events"), redis.client.xlen("rapport:{slack}:events:dead"),
                        redis.client.xinfoGroups("rapport:{slack}:events").stream()
                                .map(g -> g.getName() + " pending " + g.getPending() + " last " + g.getLastDeliveredId())
                                .toList());
                return new Result(ours, theirs, sent, persisted, (System.nanoTime() - t0) / 1e9, heap, summary(open),
                        openBaseline);
            } finally {
                stop(rapport);
                stop(bare);
            }
        }
    }

    static Run summary(LoadClient.Result r) {
        return new Run(r.perSecond(), Stats.percentile(r.latencyMillis(), 50), Stats.percentile(r.latencyMillis(), 99),
                Stats.percentile(r.latencyMillis(), 100), r.failures());
    }

    /** Sums the per-customer touch counters of the workspace until every sent event is there, or nothing moves. */
    static long awaitPersisted(BenchRedis redis, String workspace, long expected) throws InterruptedException {
        long last = -1;
        long lastChange = System.nanoTime();
        while (true) {
            long count = 0;
            for (String key : BenchRedis.scan(redis.client, "rapport:{" + workspace + "}:c:*:stats")) {
                String touches = redis.client.hget(key, "touches");
                count += touches == null ? 0 : Long.parseLong(touches);
            }
            if (count >= expected) {
                return count;
            }
            if (count != last) {
                last = count;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > TimeUnit.SECONDS.toNanos(15)) {
                return count;
            }
            Thread.sleep(200);
        }
    }

    /** The jar's own figure: heap in use per its Prometheus metrics. */
    private static double heapMegabytes(int port) throws Exception {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        double bytes = 0;
        for (String line : metrics.lines().toList()) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return bytes / (1024 * 1024);
    }

    /** A full collection in the jar's JVM ({@code jcmd <pid> GC.run}), so what stays in use is what it keeps. */
    private static void collectGarbage(Process p) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(p.pid()), "GC.run").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(30, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd GC.run failed: " + out);
        }
    }

    private String command(String url, String channel, String text) throws Exception {
        String form = "token=x&team_id=" + TEAM + "&team_domain=acme&channel_id=" + channel
                + "&channel_name=c&user_id=U1&user_name=alex&command=%2Frapport&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&response_url="
                + URLEncoder.encode("https://hooks.slack.com/commands/T111/1/x", StandardCharsets.UTF_8)
                + "&trigger_id=1.2.3";
        LoadClient.Signed s = signed(form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).headers(s.headers())
                .POST(HttpRequest.BodyPublishers.ofByteArray(s.body())).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    static Process start(List<String> command, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("MICROSOFT_APP_") || k.startsWith("TEAMS_")
                || k.startsWith("SLACK_") || k.equals("REDIS_URL") || k.equals("RAPPORT_ENV"));
        pb.environment().putAll(env);
        return pb.start();
    }

    static void awaitReady(Process p, int port, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("a server exited during start-up:\n" + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("not ready within 60 s:\n" + Files.readString(log));
    }

    static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
