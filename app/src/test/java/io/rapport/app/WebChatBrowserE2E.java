package io.rapport.app;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web chat in real headless Chromium against the real jar: a person adds a customer, logs a thanks,
 * sees the reciprocate nudge arrive and presses Done (e2e/webchat.test.mjs).
 */
@Timeout(300)
class WebChatBrowserE2E {

    @TempDir
    Path dir;

    @Test
    void a_new_user_meets_rapport_in_the_browser() throws Exception {
        try (RapportProcess app = RapportProcess.start(dir.resolve("data"), RapportProcess.rulebook(dir, "PT3S"))) {
            BrowserTests.run(app, "webchat.test.mjs", "playwright-core");
        }
    }
}
