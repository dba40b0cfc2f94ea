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
    void production_starts_with_teams_credentials_or_with_teams_turned_off() {
        Config withCredentials = Config.fromEnv(Map.of("RAPPORT_ENV", "production", "MICROSOFT_APP_ID", "app",
                "MICROSOFT_APP_PASSWORD", "secret"));
        Config off = Config.fromEnv(Map.of("RAPPORT_ENV", "production", "RAPPORT_TEAMS", "off"));

        assertTrue(withCredentials.teams());
        assertFalse(off.teams());
        assertFalse(off.toString().contains("secret"));
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
