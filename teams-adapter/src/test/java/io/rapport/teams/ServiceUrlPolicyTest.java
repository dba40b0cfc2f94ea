package io.rapport.teams;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceUrlPolicyTest {
    private final ServiceUrlPolicy production = new ServiceUrlPolicy(TeamsSettings.TEAMS_SERVICE_HOSTS, false);
    private final ServiceUrlPolicy local = new ServiceUrlPolicy(TeamsSettings.TEAMS_SERVICE_HOSTS, true);

    @Test
    void teams_service_hosts_are_allowed_over_https() {
        for (String url : List.of("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/teams",
                "https://smba.trafficmanager.net/amer/56653e9d-2158-46ee-90d7-675c39642038/",
                "https://smba.infra.gcc.teams.microsoft.com/gcc/")) {
            assertNull(production.refusal(url), url);
        }
    }

    @Test
    void look_alike_hosts_plain_http_and_credentials_in_the_url_are_refused() {
        for (String url : List.of("https://smba.trafficmanager.net.evil.example/", "https://evilsmba.trafficmanager.net/",
                "http://smba.trafficmanager.net/amer/", "https://user@smba.trafficmanager.net/",
                "https://url-value", "fakeServiceUrl", "", "javascript:alert(1)")) {
            assertNotNull(production.refusal(url), url);
        }
    }

    @Test
    void loopback_is_allowed_only_in_local_mode_and_never_by_name_resolution() {
        assertNotNull(production.refusal("http://127.0.0.1:3978/"));
        assertNull(local.refusal("http://127.0.0.1:3978/"));
        assertNull(local.refusal("http://localhost:56150/"));
        assertNull(local.refusal("http://[::1]:3978/"));
        assertNotNull(local.refusal("http://127.0.0.1.nip.io/"));
        assertNotNull(local.refusal("http://10.0.0.5/"));
    }
}
