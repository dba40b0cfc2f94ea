package io.rapport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Teams adapter through Microsoft's own local Teams client, the Microsoft 365 Agents Playground, in headless
 * Chromium against the real jar (unauthenticated, as for local use): commands in a personal chat, a nudge card
 * arriving proactively, Done pressed, the card updated in place (e2e/teams-playground.test.mjs). Screenshots
 * land in e2e/screenshots/teams-*.png.
 */
@Timeout(300)
class TeamsPlaygroundE2E {

    @TempDir
    Path dir;

    @Test
    void a_teams_user_meets_rapport_in_the_agents_playground() throws Exception {
        Path e2e = Path.of("..", "e2e").toAbsolutePath().normalize();
        if (!Files.isDirectory(e2e.resolve("node_modules/@microsoft/m365agentsplayground"))) {
            throw new AssertionError("the Playground test needs its packages: (cd e2e && npm ci), and Chromium: "
                    + "apt-get install chromium. scripts/test.sh does both.");
        }
        try (RapportProcess app = RapportProcess.start(dir.resolve("data"), RapportProcess.rulebook(dir, "PT3S"))) {
            ProcessBuilder pb = new ProcessBuilder("node", "--test", "teams-playground.test.mjs")
                    .directory(e2e.toFile()).redirectErrorStream(true);
            pb.environment().put("RAPPORT_URL", "http://127.0.0.1:" + app.port);
            Process node = pb.start();
            String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!node.waitFor(240, TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
            System.out.println(out);
            assertEquals(0, node.exitValue(), "the Playground test failed:\n" + out + "\nserver log:\n" + app.output());
        }
    }
}
