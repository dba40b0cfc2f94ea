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
        assertEquals(Set.of("29:admin"), config.teamsAdmins());
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
