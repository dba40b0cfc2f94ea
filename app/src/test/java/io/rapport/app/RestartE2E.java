package io.rapport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The jar as a user runs it: state survives a restart and a hard kill, with the embedded Redis. */
@Timeout(180)
class RestartE2E {

    @TempDir
    Path dir;

    private static JsonObject awaitNudge(RapportProcess app, String who, String title) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject inbox = app.inbox(who);
            if (RapportProcess.cardTitles(inbox).contains(title)) {
                return inbox;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no \"" + title + "\" nudge for " + who + " within 30 s");
    }

    @Test
    void customers_promises_and_pending_nudges_survive_a_restart() throws Exception {
        Path data = dir.resolve("data");
        Path rulebook = RapportProcess.rulebook(dir, "PT2S");
        String nudgeId;
        try (RapportProcess app = RapportProcess.start(data, rulebook)) {
            System.out.printf("Startup of the jar to /ready: %d ms%n", app.startup.toMillis());
            assertTrue(app.say("alex", "add Acme tier key").contains("Added Acme"));
            assertTrue(app.say("alex", "log acme thanks for the intro").contains("Logged for Acme"));
            JsonObject inbox = awaitNudge(app, "alex", "Reciprocate: Acme");
            JsonObject item = RapportProcess.nudges(inbox).get(0);
            nudgeId = item.getAsJsonObject("card").getAsJsonArray("actions").get(0).getAsJsonObject()
                    .get("value").getAsString();
            JsonObject press = new JsonObject();
            press.addProperty("as", "alex");
            press.addProperty("messageId", item.get("messageId").getAsString());
            press.addProperty("actionId", "snooze");
            press.addProperty("value", nudgeId + " P1D");
            var pressed = app.post("/api/chat/actions", press.toString());
            assertEquals(200, pressed.statusCode(), pressed.body());
            assertTrue(pressed.body().contains("Snoozed for 1 day by Alex"), pressed.body());
            assertTrue(app.say("alex", "promise acme send the SOC2 report by Friday").contains("Promise recorded"));
            app.say("alex", "note acme prefers calls before 10am");
            forget(app, "Globex");
            app.stop();
            assertTrue(app.output().contains("Rapport stopped"), app.output());
            assertFalse(Files.exists(data.resolve("redis.pid")), "a graceful stop leaves nothing to clean up");
        }
        try (RapportProcess again = RapportProcess.start(data, rulebook)) {
            String show = again.say("sam", "show acme");
            assertTrue(show.contains("prefers calls before 10am"), show);
            assertTrue(show.contains("send the SOC2 report"), show);
            String mine = again.say("alex", "mine");
            assertTrue(mine.contains("Reciprocate: Acme"), mine);
            assertTrue(mine.contains("Scheduled for"), "the snoozed nudge is still pending: " + mine);
            assertTrue(mine.contains("send the SOC2 report"), mine);
            String audit = again.say("sam", "audit");
            assertTrue(audit.contains("Alex (alex): forget customer Globex ("), "the audit log is kept: " + audit);
            assertEquals(1, RapportProcess.nudges(again.inbox("alex")).stream()
                    .filter(i -> i.getAsJsonObject("card").get("title").getAsString().equals("Reciprocate: Acme"))
                    .map(i -> i.get("messageId").getAsString()).distinct().count(),
                    "the delivered nudge is one message (its snoozed version updates it), not re-sent");
        }
    }

    /** Adds the customer, then forgets them as an admin (everyone is one in the web chat), confirming. */
    private static void forget(RapportProcess app, String name) throws Exception {
        app.say("alex", "add " + name);
        JsonObject ask = JsonParser.parseString(app.say("alex", "forget " + name)).getAsJsonObject()
                .getAsJsonArray("replies").get(0).getAsJsonObject();
        JsonObject confirm = ask.getAsJsonObject("card").getAsJsonArray("actions").get(0).getAsJsonObject();
        JsonObject press = new JsonObject();
        press.addProperty("as", "alex");
        press.addProperty("messageId", ask.get("messageId").getAsString());
        press.addProperty("actionId", confirm.get("id").getAsString());
        press.addProperty("value", confirm.get("value").getAsString());
        var forgotten = app.post("/api/chat/actions", press.toString());
        assertTrue(forgotten.body().contains("Forgot " + name), forgotten.body());
    }

    @Test
    void a_hard_kill_loses_nothing_acknowledged_and_leaves_no_redis_behind() throws Exception {
        Path data = dir.resolve("data");
        long orphan;
        try (RapportProcess app = RapportProcess.start(data, null)) {
            assertTrue(app.say("alex", "add Initech tier light").contains("Added Initech"));
            app.say("alex", "log initech referral");
            Thread.sleep(1_500); // the append-only file is synced every second
            orphan = Long.parseLong(Files.readString(data.resolve("redis.pid")).trim());
            app.kill();
            assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false),
                    "a kill -9 leaves the embedded redis-server running");
        }
        try (RapportProcess again = RapportProcess.start(data, null)) {
            assertFalse(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false),
                    "the orphaned redis-server was stopped");
            String show = again.say("alex", "show initech");
            assertTrue(show.contains("referral in"), show);
            assertTrue(again.say("alex", "mine").contains("Scheduled for"), "the pending nudge survived");
            JsonObject state = JsonParser.parseString(again.get("/api/chat/state").body()).getAsJsonObject();
            assertEquals("Initech", state.getAsJsonArray("customers").get(0).getAsJsonObject().get("name")
                    .getAsString());
        }
    }

    @Test
    void health_ready_and_metrics_answer() throws Exception {
        try (RapportProcess app = RapportProcess.start(dir.resolve("data"), null)) {
            assertEquals(200, app.get("/health").statusCode());
            assertEquals("ready", app.get("/ready").body());
            var metrics = app.get("/metrics");
            assertEquals(200, metrics.statusCode());
            assertTrue(metrics.body().contains("rapport_nudges_delivered_total"), metrics.body());
            assertTrue(metrics.body().contains("jvm_memory_used_bytes"));
            var bad = app.post("/api/chat/say", "{not json");
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("must be a JSON object"), bad.body());
            var nobody = app.post("/api/chat/say", "{\"as\":\"ghost\",\"conversation\":\"dm\",\"text\":\"help\"}");
            assertEquals(400, nobody.statusCode());
            assertTrue(nobody.body().contains("There is no person \\\"ghost\\\"") || nobody.body().contains("ghost"));
        }
    }

    @Test
    void a_bad_setting_stops_start_up_with_a_clear_message() throws Exception {
        var pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                RapportProcess.JAR.toString()).redirectErrorStream(true);
        pb.environment().put("RAPPORT_PORT", "eighty");
        pb.environment().put("RAPPORT_DATA_DIR", dir.resolve("data").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(2, p.waitFor());
        assertTrue(out.contains("RAPPORT_PORT is \"eighty\"; it must be a port number from 0 to 65535, e.g. RAPPORT_PORT=3000"),
                out);
    }

    @Test
    void production_with_slack_oauth_and_no_secret_key_refuses_to_start() throws Exception {
        var pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                RapportProcess.JAR.toString()).redirectErrorStream(true);
        pb.environment().remove("RAPPORT_SECRET_KEY");
        pb.environment().putAll(Map.of("RAPPORT_ENV", "production", "RAPPORT_TEAMS", "off",
                "SLACK_SIGNING_SECRET", "s", "SLACK_CLIENT_ID", "1.2", "SLACK_CLIENT_SECRET", "cs",
                "RAPPORT_DATA_DIR", dir.resolve("data").toString()));
        Path log = dir.resolve("refused.log");
        Process p = pb.redirectOutput(log.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("Rapport started without RAPPORT_SECRET_KEY:\n" + Files.readString(log));
        }
        String out = Files.readString(log);
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.contains("RAPPORT_SECRET_KEY is missing") && out.contains("openssl rand -base64 32"), out);
    }
}
