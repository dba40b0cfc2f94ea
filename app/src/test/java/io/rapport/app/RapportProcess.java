package io.rapport.app;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The real jar in its own process, as a user starts it, with a little client for its HTTP API. */
public final class RapportProcess implements AutoCloseable {
    static final Path JAR = Path.of("target/rapport.jar");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Process process;
    private final Path log;
    public final int port;
    public final Duration startup;

    private RapportProcess(Process process, Path log, int port, Duration startup) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.startup = startup;
    }

    static RapportProcess start(Path dataDir, Path rulebook) throws Exception {
        return start(dataDir, rulebook, Map.of());
    }

    /** With more settings, e.g. Slack's, in the environment. */
    public static RapportProcess start(Path dataDir, Path rulebook, Map<String, String> extraEnv) throws Exception {
        if (!Files.exists(JAR)) {
            fail("build the jar first: ./mvnw -DskipTests package (looked for " + JAR.toAbsolutePath() + ")");
        }
        int port = freePort();
        Map<String, String> env = new HashMap<>();
        env.put("RAPPORT_PORT", String.valueOf(port));
        env.put("RAPPORT_DATA_DIR", dataDir.toString());
        if (rulebook != null) {
            env.put("RAPPORT_RULEBOOK", rulebook.toString());
        }
        Path log = Files.createTempFile("rapport-", ".log");
        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("REDIS_URL");
        // the jar under test runs Teams unauthenticated and local, whatever this machine's environment says
        pb.environment().keySet().removeIf(k -> k.startsWith("MICROSOFT_APP_") || k.startsWith("TEAMS_")
                || k.equals("RAPPORT_TEAMS") || k.equals("RAPPORT_ENV"));
        pb.environment().putAll(env);
        pb.environment().putAll(extraEnv);
        long t0 = System.nanoTime();
        Process p = pb.start();
        RapportProcess rp = new RapportProcess(p, log, port, Duration.ZERO);
        Duration startup = rp.awaitReady(Duration.ofSeconds(60), t0);
        return new RapportProcess(p, log, port, startup);
    }

    /** How a run that should stop at once (a refused configuration) ended. */
    public record Exit(int code, String output) {
    }

    /** Runs the jar with only these settings (and a data dir) until it exits by itself, within 60 s. */
    public static Exit run(Path dataDir, Map<String, String> env) throws Exception {
        Path log = Files.createTempFile("rapport-", ".log");
        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("RAPPORT_") || k.startsWith("SLACK_")
                || k.startsWith("MICROSOFT_APP_") || k.startsWith("TEAMS_") || k.equals("REDIS_URL"));
        pb.environment().put("RAPPORT_PORT", String.valueOf(freePort()));
        pb.environment().put("RAPPORT_DATA_DIR", dataDir.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            fail("Rapport did not exit within 60 s:\n" + Files.readString(log));
        }
        return new Exit(p.exitValue(), Files.readString(log));
    }

    private Duration awaitReady(Duration timeout, long t0) throws Exception {
        long deadline = t0 + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("Rapport exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                if (get("/ready").statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - t0);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        fail("Rapport was not ready within " + timeout + ":\n" + output());
        return null;
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Runs a command in the DM as {@code who}; returns the replies' text. */
    String say(String who, String text) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("as", who);
        body.addProperty("conversation", "dm");
        body.addProperty("text", text);
        HttpResponse<String> r = post("/api/chat/say", body.toString());
        if (r.statusCode() != 200) {
            fail("say \"" + text + "\" answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    JsonObject inbox(String who) throws Exception {
        return JsonParser.parseString(get("/api/chat/inbox?as=" + who + "&after=0").body()).getAsJsonObject();
    }

    /** SIGTERM: the graceful path. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            fail("Rapport did not stop within 30 s of SIGTERM");
        }
    }

    /** SIGKILL: nothing gets to clean up. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static Path rulebook(Path dir, String reciprocateDelay) throws IOException {
        Path file = dir.resolve("rulebook.json");
        // every hour a working hour, so a nudge is not held for the morning whenever the test happens to run
        Files.writeString(file, "{\"team\": {\"businessHours\": {\"days\": [\"MON\", \"TUE\", \"WED\", \"THU\", "
                + "\"FRI\", \"SAT\", \"SUN\"], \"start\": \"00:00\", \"end\": \"23:59\"}}, "
                + "\"rules\": {\"reciprocate\": {\"delay\": \"" + reciprocateDelay + "\"}}}");
        return file;
    }

    /** The inbox items that are nudges (not the person's own lines or answers to them). */
    static List<JsonObject> nudges(JsonObject inbox) {
        return inbox.getAsJsonArray("items").asList().stream().map(i -> i.getAsJsonObject())
                .filter(i -> i.get("kind").getAsString().equals("nudge")).toList();
    }

    static List<String> cardTitles(JsonObject inbox) {
        return nudges(inbox).stream().map(i -> i.getAsJsonObject("card").get("title").getAsString()).toList();
    }
}
