package io.rapport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackConfigTest {

    private static String refused(Map<String, String> env) {
        return assertThrows(ConfigException.class, () -> Config.fromEnv(env)).getMessage();
    }

    @Test
    void one_workspace_needs_the_signing_secret_and_a_bot_token() {
        Config ok = Config.fromEnv(Map.of("SLACK_SIGNING_SECRET", "s3cr3t", "SLACK_BOT_TOKEN", "xoxb-1-2-abc"));
        assertTrue(ok.toString().contains("slack=on"));
        assertFalse(ok.toString().contains("xoxb"), "no secret in the log line: " + ok);
        assertTrue(refused(Map.of("SLACK_BOT_TOKEN", "xoxb-1")).contains("SLACK_SIGNING_SECRET is missing"));
        assertTrue(refused(Map.of("SLACK_SIGNING_SECRET", "s3cr3t")).contains("SLACK_BOT_TOKEN"));
    }

    @Test
    void socket_mode_needs_an_app_token_and_a_way_to_post_but_no_signing_secret() {
        Config socket = Config.fromEnv(Map.of("SLACK_APP_TOKEN", "xapp-1-A1-2-abc", "SLACK_BOT_TOKEN", "xoxb-1"));
        assertTrue(socket.toString().contains("slack=socket mode"), socket.toString());
        assertTrue(refused(Map.of("SLACK_APP_TOKEN", "xoxb-wrong", "SLACK_BOT_TOKEN", "xoxb-1"))
                .contains("SLACK_APP_TOKEN must be an app-level token"));
        assertTrue(refused(Map.of("SLACK_APP_TOKEN", "xapp-1")).contains("SLACK_APP_TOKEN is set but"));
    }

    @Test
    void oauth_needs_both_client_settings_and_the_api_url_must_be_a_url() {
        Config oauth = Config.fromEnv(Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_CLIENT_ID", "1.2",
                "SLACK_CLIENT_SECRET", "c"));
        assertEquals("1.2", oauth.slackClientId().orElseThrow());
        assertTrue(refused(Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_CLIENT_ID", "1.2"))
                .contains("go together"));
        assertTrue(refused(Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_API_URL", "localhost:9")).contains("SLACK_API_URL must be an http(s) URL"));
    }
}
