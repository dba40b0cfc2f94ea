package io.rapport.slack.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.util.JsonOps;
import io.rapport.slack.Workspaces;
import io.rapport.store.redis.TestRedis;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/** Slack installations in a real Redis: sealed at rest, bound to their workspace, and never silently lost. */
class TokensAtRestIT {
    private static final String TEAM = "T-rest-1";
    private static final String OTHER = "T-rest-2";
    private static final List<String> TOKENS = List.of("xoxb-rest-bot", "xoxp-rest-user", "xoxe-1-rest-refresh");
    private final UnifiedJedis redis = TestRedis.client();
    private final List<String> installs = new ArrayList<>();
    private final RedisInstallations sealed = new RedisInstallations(redis, TokenCipher.fromBase64(TestKeys.KEY),
            (team, user) -> installs.add(team + "/" + user));

    @BeforeEach
    @AfterEach
    void clean() {
        TestRedis.forget(Workspaces.of(TEAM));
        TestRedis.forget(Workspaces.of(OTHER));
    }

    private static DefaultInstaller installer() {
        DefaultInstaller installer = new DefaultInstaller();
        installer.setTeamId(TEAM);
        installer.setInstallerUserId("U1");
        installer.setBotAccessToken(TOKENS.get(0));
        installer.setInstallerUserAccessToken(TOKENS.get(1));
        installer.setBotRefreshToken(TOKENS.get(2));
        installer.setBotUserId("UBOT");
        return installer;
    }

    private static String botKey(String team) {
        return Workspaces.key(team, "slack:install:bot");
    }

    @Test
    void the_raw_redis_bytes_of_an_installation_hold_no_token_and_it_reads_back() {
        sealed.saveInstallerAndBot(installer());

        List<String> keys = TestRedis.scan("rapport:{" + Workspaces.of(TEAM) + "}:slack:install:*");
        assertEquals(3, keys.size(), keys.toString());
        for (String key : keys) {
            String raw = new String(redis.get(key.getBytes(StandardCharsets.UTF_8)), StandardCharsets.ISO_8859_1);
            assertTrue(raw.startsWith(TokenCipher.V1), key);
            TOKENS.forEach(token -> assertFalse(raw.contains(token), key + " holds " + token));
            assertFalse(raw.contains(TEAM), key + " is not readable JSON");
        }
        assertEquals(Optional.of(TOKENS.get(0)), sealed.botToken(TEAM));
        assertEquals(TOKENS.get(2), sealed.findBot(null, TEAM).getBotRefreshToken());
        assertEquals(TOKENS.get(1), sealed.findInstaller(null, TEAM, "U1").getInstallerUserAccessToken());
        assertEquals(List.of(TEAM + "/U1"), installs);
    }

    @Test
    void the_wrong_key_is_a_clear_error_not_a_missing_installation() {
        sealed.saveInstallerAndBot(installer());
        RedisInstallations otherKey = new RedisInstallations(redis,
                TokenCipher.fromBase64(TestKeys.OTHER_KEY), (team, user) -> { });

        var e = assertThrows(TokenCipher.SecretUnreadableException.class, () -> otherKey.botToken(TEAM));
        assertTrue(e.getMessage().contains("does not decrypt with RAPPORT_SECRET_KEY"), e.getMessage());
        var none = assertThrows(TokenCipher.SecretUnreadableException.class,
                () -> new RedisInstallations(redis, TokenCipher.none(), (team, user) -> { }).botToken(TEAM));
        assertTrue(none.getMessage().contains("RAPPORT_SECRET_KEY is not set"), none.getMessage());
    }

    @Test
    void an_altered_value_in_redis_does_not_open() {
        sealed.saveInstallerAndBot(installer());
        byte[] bytes = Base64.getDecoder().decode(redis.get(botKey(TEAM)).substring(TokenCipher.V1.length()));
        bytes[bytes.length / 2] ^= 0x20;
        redis.set(botKey(TEAM), TokenCipher.V1 + Base64.getEncoder().encodeToString(bytes));

        assertThrows(TokenCipher.SecretUnreadableException.class, () -> sealed.botToken(TEAM));
    }

    @Test
    void an_installation_copied_into_another_workspace_does_not_open_there() {
        sealed.saveInstallerAndBot(installer());
        redis.set(botKey(OTHER), redis.get(botKey(TEAM)));

        var e = assertThrows(TokenCipher.SecretUnreadableException.class, () -> sealed.botToken(OTHER));
        assertTrue(e.getMessage().contains(OTHER), e.getMessage());
        assertEquals(Optional.of(TOKENS.get(0)), sealed.botToken(TEAM));
    }

    @Test
    void an_installation_stored_clear_before_the_key_still_reads_and_is_sealed_on_that_read() {
        redis.set(botKey(TEAM), JsonOps.toJsonString(installer().toBot()));

        assertEquals(Optional.of(TOKENS.get(0)), sealed.botToken(TEAM));
        String now = redis.get(botKey(TEAM));
        assertTrue(now.startsWith(TokenCipher.V1), now);
        assertFalse(now.contains(TOKENS.get(0)), now);
        assertEquals(Optional.of(TOKENS.get(0)), sealed.botToken(TEAM));
    }

    @Test
    void without_a_key_development_stores_clear() {
        new RedisInstallations(redis, TokenCipher.none(), (team, user) -> { }).saveInstallerAndBot(installer());

        assertTrue(redis.get(botKey(TEAM)).contains(TOKENS.get(0)));
        assertEquals(Optional.of(TOKENS.get(0)), sealed.botToken(TEAM), "and a key set later reads it");
    }

    @Test
    void the_start_up_sweep_seals_every_installation_stored_clear_including_earlier_installers() {
        RedisInstallations clear = new RedisInstallations(redis, TokenCipher.none(), (team, user) -> { });
        DefaultInstaller earlier = installer();
        earlier.setInstallerUserId("U9");
        earlier.setInstallerUserAccessToken("xoxp-rest-earlier");
        clear.saveInstallerAndBot(earlier);
        clear.saveInstallerAndBot(installer());

        assertTrue(ClearTokenSweep.run(redis, sealed) >= 4, "bot, latest installer, U1 and U9");

        List<String> keys = TestRedis.scan("rapport:{" + Workspaces.of(TEAM) + "}:slack:install:*");
        assertEquals(4, keys.size(), keys.toString());
        for (String key : keys) {
            String raw = redis.get(key);
            assertTrue(raw.startsWith(TokenCipher.V1), key);
            assertFalse(raw.contains("xoxp-rest-earlier") || raw.contains(TOKENS.get(0)), key);
        }
        assertEquals("xoxp-rest-earlier", sealed.findInstaller(null, TEAM, "U9").getInstallerUserAccessToken());
        assertEquals(0, ClearTokenSweep.run(redis, sealed), "a second run finds nothing clear");
    }
}
