package io.rapport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What Main hands the adapters: the secret key as a cipher, and the admins to both platforms. */
class MainSettingsTest {
    private static final String KEY = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";

    @Test
    void slack_gets_a_cipher_from_rapport_secret_key_and_the_listed_admins() {
        Config config = Config.fromEnv(Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_CLIENT_ID", "1.2",
                "SLACK_CLIENT_SECRET", "cs", "RAPPORT_SECRET_KEY", KEY, "RAPPORT_ADMINS", "U0123ABCD",
                "TEAMS_ADMINS", "29:old"));

        var slack = Main.slackSettings(config);
        assertTrue(slack.cipher().encrypts());
        assertEquals(Set.of("U0123ABCD", "29:old"), slack.admins());
        assertEquals(Set.of("U0123ABCD", "29:old"), Main.teamsSettings(config).admins());
    }

    @Test
    void without_a_key_slack_stores_clear() {
        Config config = Config.fromEnv(Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_CLIENT_ID", "1.2",
                "SLACK_CLIENT_SECRET", "cs"));

        assertFalse(Main.slackSettings(config).cipher().encrypts());
    }
}
