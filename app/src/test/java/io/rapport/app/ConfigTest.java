package io.rapport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void production_without_a_microsoft_app_id_refuses_to_start_and_says_what_to_set() {
        var e = assertThrows(ConfigException.class, () -> Config.fromEnv(Map.of("RAPPORT_ENV", "production")));

        assertTrue(e.getMessage().contains("MICROSOFT_APP_ID is missing"), e.getMessage());
        assertTrue(e.getMessage().contains("RAPPORT_TEAMS=off"), e.getMessage());
    }

    @Test
    void production_refuses_unauthenticated_teams_even_when_asked_for_it_or_given_a_blank_app_id() {
        for (Map<String, String> env : List.of(Map.of("RAPPORT_ENV", "PRODUCTION", "RAPPORT_TEAMS", "on"),
                Map.of("RAPPORT_ENV", "production", "MICROSOFT_APP_ID", "  ", "MICROSOFT_APP_PASSWORD", " "))) {
            var e = assertThrows(ConfigException.class, () -> Config.fromEnv(env), env.toString());

            assertTrue(e.getMessage().contains("will not serve Teams without checking tokens"), e.getMessage());
        }
    }

    @Test
    void production_starts_with_teams_credentials_or_with_teams_turned_off() {
        Config withCredentials = Config.fromEnv(Map.of("RAPPORT_ENV", "production", "MICROSOFT_APP_ID", "app",
                "MICROSOFT_APP_PASSWORD", "secret"));
        Config off = Config.fromEnv(Map.of("RAPPORT_ENV", "production", "RAPPORT_TEAMS", "off"));

        assertTrue(withCredentials.teams());
        assertFalse(off.teams());
        assertFalse(off.toString().contains("secret"));
    }

    @Test
    void settings_print_which_secrets_are_set_never_their_values() {
        String slack = new io.rapport.slack.SlackSettings("sign-s3cret", java.util.Optional.of("xoxb-s3cret"),
                java.util.Optional.of("1.2"), java.util.Optional.of("client-s3cret"),
                java.util.Optional.of("xapp-s3cret"), java.util.Optional.empty()).toString();
        String teams = io.rapport.teams.TeamsSettings.local().withCredentials("app", "teams-s3cret", null).toString();
        String config = Config.fromEnv(Map.of("SLACK_SIGNING_SECRET", "sign-s3cret", "SLACK_BOT_TOKEN",
                "xoxb-s3cret", "MICROSOFT_APP_ID", "app", "MICROSOFT_APP_PASSWORD", "teams-s3cret")).toString();

        for (String printed : List.of(slack, teams, config)) {
            assertFalse(printed.contains("s3cret"), printed);
        }
        assertTrue(slack.contains("botToken=set") && teams.contains("appPassword=set"), slack + " " + teams);
    }

    @Test
    void development_without_an_app_id_runs_teams_unauthenticated() {
        Config config = Config.fromEnv(Map.of());

        assertTrue(config.teams());
        assertTrue(config.toString().contains("teams=unauthenticated"), config.toString());
    }

    @Test
    void teams_lists_are_read_from_comma_separated_values() {
        Config config = Config.fromEnv(Map.of("TEAMS_SERVICE_HOSTS", "smba.trafficmanager.net, .example.org",
                "TEAMS_ALLOWED_TENANTS", "t1,t2", "TEAMS_ADMINS", "29:admin"));

        assertEquals(List.of("smba.trafficmanager.net", ".example.org"), config.teamsServiceHosts());
        assertEquals(Set.of("t1", "t2"), config.teamsAllowedTenants());
        assertEquals(Set.of("29:admin"), config.admins());
    }

    private static final String KEY = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";

    private static Map<String, String> productionSlackOauth(String... more) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("RAPPORT_ENV", "production", "RAPPORT_TEAMS", "off",
                "SLACK_SIGNING_SECRET", "s", "SLACK_CLIENT_ID", "1.2", "SLACK_CLIENT_SECRET", "cs"));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    @Test
    void production_with_slack_oauth_and_no_secret_key_refuses_to_start_and_says_how_to_make_one() {
        var e = assertThrows(ConfigException.class, () -> Config.fromEnv(productionSlackOauth()));

        assertTrue(e.getMessage().contains("RAPPORT_SECRET_KEY is missing"), e.getMessage());
        assertTrue(e.getMessage().contains("openssl rand -base64 32"), e.getMessage());
    }

    @Test
    void production_with_slack_oauth_starts_with_a_secret_key_and_never_prints_it() {
        Config config = Config.fromEnv(productionSlackOauth("RAPPORT_SECRET_KEY", KEY));

        assertEquals(java.util.Optional.of(KEY), config.secretKey());
        assertTrue(config.toString().contains("tokens at rest=encrypted"), config.toString());
        assertFalse(config.toString().contains(KEY), config.toString());
    }

    @Test
    void development_or_one_workspace_needs_no_secret_key() {
        assertEquals(java.util.Optional.empty(), Config.fromEnv(Map.of("SLACK_SIGNING_SECRET", "s",
                "SLACK_CLIENT_ID", "1.2", "SLACK_CLIENT_SECRET", "cs")).secretKey());
        Config.fromEnv(Map.of("RAPPORT_ENV", "production", "RAPPORT_TEAMS", "off", "SLACK_SIGNING_SECRET", "s",
                "SLACK_BOT_TOKEN", "xoxb-1"));
    }

    @Test
    void a_secret_key_that_is_not_32_bytes_of_base64_is_named_with_the_reason() {
        var shortKey = assertThrows(ConfigException.class,
                () -> Config.fromEnv(Map.of("RAPPORT_SECRET_KEY", "AAAAAAAAAAAAAAAAAAAAAA==")));
        var notBase64 = assertThrows(ConfigException.class,
                () -> Config.fromEnv(Map.of("RAPPORT_SECRET_KEY", "my secret password")));

        assertTrue(shortKey.getMessage().contains("RAPPORT_SECRET_KEY is not a usable key: it decodes to 16 bytes; "
                + "it must be 32"), shortKey.getMessage());
        assertTrue(notBase64.getMessage().contains("it is not base64"), notBase64.getMessage());
        assertTrue(notBase64.getMessage().contains("openssl rand -base64 32"), notBase64.getMessage());
        assertFalse(notBase64.getMessage().contains("my secret password"), notBase64.getMessage());
    }

    @Test
    void rapport_admins_and_teams_admins_are_one_list_of_ids() {
        Config config = Config.fromEnv(Map.of("RAPPORT_ADMINS", "U0123ABCD, 29:abc", "TEAMS_ADMINS", "29:old"));

        assertEquals(Set.of("U0123ABCD", "29:abc", "29:old"), config.admins());
        var names = assertThrows(ConfigException.class, () -> Config.fromEnv(Map.of("RAPPORT_ADMINS", "@alex")));
        assertTrue(names.getMessage().contains("RAPPORT_ADMINS has \"@alex\"; list user ids"), names.getMessage());
    }

    @Test
    void a_malformed_service_host_or_teams_switch_is_named_in_the_error() {
        var host = assertThrows(ConfigException.class, () -> Config.fromEnv(Map.of("TEAMS_SERVICE_HOSTS",
                "https://smba.trafficmanager.net/")));
        var toggle = assertThrows(ConfigException.class, () -> Config.fromEnv(Map.of("RAPPORT_TEAMS", "maybe")));

        assertTrue(host.getMessage().contains("TEAMS_SERVICE_HOSTS"), host.getMessage());
        assertTrue(toggle.getMessage().contains("RAPPORT_TEAMS"), toggle.getMessage());
    }
}
