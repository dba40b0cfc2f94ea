package io.rapport.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.schema.Serialization;
import io.rapport.store.redis.TestRedis;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With an app id set, the SDK validates every request's token against the Bot Framework's OpenID keys (here a
 * loopback server publishing a key this test signs with); anything without a valid token gets 401.
 */
class AuthenticationIT {
    private static final String APP_ID = "11111111-2222-3333-4444-555555555555";
    private static OpenIdServer openId;
    private static String originalMetadata;
    private TeamsHarness h;

    @BeforeAll
    static void keys() throws Exception {
        openId = new OpenIdServer();
        originalMetadata = ChannelValidation.getOpenIdMetaDataUrl();
        ChannelValidation.setOpenIdMetaDataUrl(openId.metadataUrl());
    }

    @AfterAll
    static void restore() {
        ChannelValidation.setOpenIdMetaDataUrl(originalMetadata);
        openId.close();
    }

    @BeforeEach
    void start() throws Exception {
        h = new TeamsHarness(TeamsSettings.local().withCredentials(APP_ID, "not-used-by-these-tests", null)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)), SendPolicy.standard());
    }

    @AfterEach
    void stop() {
        h.close();
    }

    /** Rapport added to a team: it only stores a reference, so nothing needs a token of Rapport's own. */
    private ObjectNode added() {
        ObjectNode a = h.channel("19:general@thread.tacv2", null, "29:owner", "Olga", "x", java.util.Map.of());
        a.put("type", "conversationUpdate");
        a.remove("text");
        a.putArray("membersAdded").addObject().put("id", TeamsHarness.BOT_ID);
        return a;
    }

    private String refKey() {
        return "rapport:{" + h.workspace + "}:teams:ref:conv:19:general@thread.tacv2";
    }

    private int post(String authorization) throws Exception {
        return h.post(Serialization.toString(added()), authorization).status();
    }

    @Test
    void a_request_with_a_token_signed_by_the_published_key_is_accepted() throws Exception {
        String token = openId.sign(openId.token(APP_ID, h.connector.url()));

        assertEquals(202, post("Bearer " + token));
        assertTrue(TestRedis.client().exists(refKey()));
    }

    @Test
    void a_request_without_a_token_is_refused_with_401_and_changes_nothing() throws Exception {
        var r = h.post(Serialization.toString(added()), null);

        assertEquals(401, r.status());
        assertTrue(r.json().path("error").asText().startsWith("Unauthorized"), r.body());
        assertFalse(TestRedis.client().exists(refKey()));
    }

    @Test
    void a_message_with_a_valid_token_is_queued_and_its_turn_runs_as_the_same_caller() throws Exception {
        String token = openId.sign(openId.token(APP_ID, h.connector.url()));

        assertEquals(202, h.post(Serialization.toString(h.personal("29:alex", "Alex", "add Acme")), "Bearer " + token)
                .status());
        assertTrue(h.store.customers(h.workspace).stream().anyMatch(c -> c.name().equals("Acme")));
    }

    @Test
    void a_message_with_a_bad_token_is_refused_with_401_and_nothing_is_queued() throws Exception {
        var r = h.post(Serialization.toString(h.personal("29:alex", "Alex", "add Acme")), "Bearer not-a-jwt");

        assertEquals(401, r.status());
        assertEquals(List.of(), TestRedis.keysOf(h.workspace), "no inbox, no reference, no sighting");
        assertFalse(TestRedis.client().sismember(TeamsInbox.REGISTRY, h.workspace));
    }

    @Test
    void garbage_and_forged_tokens_are_refused_with_401() throws Exception {
        for (String header : List.of("Bearer", "Bearer not-a-jwt", "Bearer a.b.c", "Basic dXNlcjpwYXNz",
                "Bearer " + OpenIdServer.forge(openId.token(APP_ID, h.connector.url())))) {
            assertEquals(401, post(header), header);
        }
        assertFalse(TestRedis.client().exists(refKey()));
    }

    @Test
    void self_signed_tokens_and_unsigned_ones_are_refused_with_401() throws Exception {
        var claims = openId.token(APP_ID, h.connector.url());
        String selfSigned = OpenIdServer.forge(claims);
        String ownKeyId = OpenIdServer.forge(openId.token(APP_ID, h.connector.url()).withKeyId("attacker-key"));
        String noKeyId = OpenIdServer.forge(openId.token(APP_ID, h.connector.url()).withKeyId(null));
        String unsigned = claims.sign(com.auth0.jwt.algorithms.Algorithm.none());
        String published = openId.sign(openId.token(APP_ID, h.connector.url()));
        String strippedSignature = published.substring(0, published.lastIndexOf('.') + 1);

        assertEquals(401, post("Bearer " + selfSigned), "a key not in the published set, under its key id");
        assertEquals(401, post("Bearer " + ownKeyId), "a key not in the published set, under its own key id");
        assertEquals(401, post("Bearer " + noKeyId), "a key not in the published set, no key id");
        assertEquals(401, post("Bearer " + unsigned), "alg none");
        assertEquals(401, post("Bearer " + strippedSignature), "the published key's token without its signature");
        assertFalse(TestRedis.client().exists(refKey()));
    }

    @Test
    void expired_tokens_and_tokens_for_another_bot_or_service_url_are_refused_with_401() throws Exception {
        long hourAgo = System.currentTimeMillis() - 3_600_000;
        String expired = openId.sign(openId.token(APP_ID, h.connector.url())
                .withNotBefore(new Date(hourAgo - 60_000)).withExpiresAt(new Date(hourAgo)));
        String otherBot = openId.sign(openId.token("99999999-0000-0000-0000-000000000000", h.connector.url()));
        String otherService = openId.sign(openId.token(APP_ID, "https://smba.trafficmanager.net/emea/"));
        String otherIssuer = openId.sign(openId.token(APP_ID, h.connector.url()).withIssuer("https://evil.example"));

        assertEquals(401, post("Bearer " + expired), "expired");
        assertEquals(401, post("Bearer " + otherBot), "audience");
        assertEquals(401, post("Bearer " + otherService), "serviceurl claim");
        assertEquals(401, post("Bearer " + otherIssuer), "issuer");
        assertFalse(TestRedis.client().exists(refKey()));
    }

    @Test
    void a_service_url_off_the_allow_list_is_refused_even_with_a_valid_token_and_nothing_is_sent() throws Exception {
        ObjectNode a = h.personal("29:mallory", "Mallory", "help");
        a.put("serviceUrl", "https://attacker.example/");
        String token = openId.sign(openId.token(APP_ID, "https://attacker.example/"));

        var r = h.post(Serialization.toString(a), "Bearer " + token);

        assertEquals(403, r.status());
        assertTrue(r.json().path("error").asText().contains("attacker.example is not on the allow-list"), r.body());
        Thread.sleep(200);
        assertEquals(List.of(), TestRedis.keysOf(h.workspace));
        assertEquals(List.of(), h.connector.requests());
    }
}
