package io.rapport.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rapport.store.redis.TestRedis;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantAllowListIT {

    @Test
    void with_an_allow_list_other_tenants_and_activities_without_a_tenant_are_refused() throws Exception {
        String allowed = "tenant-allowed";
        try (TeamsHarness h = new TeamsHarness(TeamsSettings.local().withAllowedTenants(Set.of(allowed))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)), SendPolicy.standard())) {
            var other = h.personal("29:eve", "Eve", "help");
            var none = h.personal("29:eve", "Eve", "help");
            ((com.fasterxml.jackson.databind.node.ObjectNode) none.get("conversation")).remove("tenantId");
            var mine = h.personal("29:ann", "Ann", "help");
            ((com.fasterxml.jackson.databind.node.ObjectNode) mine.get("conversation")).put("tenantId", allowed);

            assertEquals(403, h.post(other).status());
            assertEquals(403, h.post(none).status());
            assertEquals(List.of(), TestRedis.keysOf(h.workspace));
            assertEquals(202, h.post(mine).status());
            h.connector.await(r -> r.conversation().equals(h.personalConversation("29:ann")), Duration.ofSeconds(5));
            assertEquals(1, h.connector.requests().size());
        } finally {
            TestRedis.forget("teams:" + allowed);
        }
    }
}
