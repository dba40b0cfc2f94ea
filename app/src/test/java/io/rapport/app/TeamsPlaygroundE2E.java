package io.rapport.app;

import java.nio.file.Path;
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
        try (RapportProcess app = RapportProcess.start(dir.resolve("data"), RapportProcess.rulebook(dir, "PT3S"))) {
            BrowserTests.run(app, "teams-playground.test.mjs", "@microsoft/m365agentsplayground");
        }
    }
}
