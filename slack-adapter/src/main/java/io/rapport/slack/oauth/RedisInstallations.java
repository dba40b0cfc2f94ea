package io.rapport.slack.oauth;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.bolt.util.JsonOps;
import io.rapport.slack.Installations;
import io.rapport.slack.Workspaces;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Installations into many workspaces, kept in Redis beside each workspace's data (so one workspace's token is
 * never found under another's key). Bolt's OAuth flow saves through this; Rapport reads bot tokens from it.
 * Tokens are never logged: only team ids are.
 *
 * <p>Each stored installation (bot, user and refresh tokens with it) is sealed by {@link TokenCipher} for its own
 * Redis key, so it neither reads in clear from Redis nor opens under another workspace's key. An installation
 * stored clear before a key was set is read as it is and sealed again on that read.
 */
public final class RedisInstallations implements InstallationService, Installations {
    private static final Logger LOG = LoggerFactory.getLogger(RedisInstallations.class);
    private static final AtomicBoolean WARNED_CLEAR = new AtomicBoolean();
    /** Replaces a clear value with its sealed form only if nobody wrote the key meanwhile. */
    private static final String RESEAL = "if redis.call('GET', KEYS[1]) == ARGV[1] then "
            + "redis.call('SET', KEYS[1], ARGV[2]) return 1 end return 0";
    private final UnifiedJedis redis;
    private final TokenCipher cipher;
    private final BiConsumer<String, String> installed;
    private boolean historicalDataEnabled;

    /**
     * @param installed told (team id, installing user id or null) after each install was saved
     */
    public RedisInstallations(UnifiedJedis redis, TokenCipher cipher, BiConsumer<String, String> installed) {
        this.redis = redis;
        this.cipher = cipher;
        this.installed = installed;
    }

    private void write(String key, String json) {
        if (!cipher.encrypts() && WARNED_CLEAR.compareAndSet(false, true)) {
            LOG.warn("Slack tokens are kept in Redis unencrypted because RAPPORT_SECRET_KEY is not set; "
                    + "set it (openssl rand -base64 32) before going to production");
        }
        redis.set(key, cipher.seal(json, key));
    }

    /** The stored JSON in clear, or null; a legacy clear value is sealed in place when there is a key. */
    private String read(String key) {
        String stored = redis.get(key);
        if (stored == null) {
            return null;
        }
        String json = cipher.open(stored, key);
        reseal(key, stored);
        return json;
    }

    /** Seals the value under {@code key} if it is stored clear and there is a key; true when it did. */
    boolean sealIfClear(String key) {
        String stored = redis.get(key);
        return stored != null && reseal(key, stored);
    }

    private boolean reseal(String key, String stored) {
        if (!cipher.encrypts() || TokenCipher.isSealed(stored)) {
            return false;
        }
        Object replaced = redis.eval(RESEAL, List.of(key), List.of(stored, cipher.seal(stored, key)));
        LOG.info("Encrypted a Slack installation stored before RAPPORT_SECRET_KEY was set ({})", key);
        return Long.valueOf(1).equals(replaced);
    }

    private static String team(String enterpriseId, String teamId) {
        return teamId != null ? teamId : enterpriseId;
    }

    private static String botKey(String team) {
        return Workspaces.key(team, "slack:install:bot");
    }

    private static String installerKey(String team, String userId) {
        return Workspaces.key(team, "slack:install:installer" + (userId == null ? "" : ":" + userId));
    }

    @Override
    public Optional<String> botToken(String teamId) {
        Bot bot = findBot(null, teamId);
        return bot == null ? Optional.empty() : Optional.ofNullable(bot.getBotAccessToken());
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return historicalDataEnabled;
    }

    @Override
    public void setHistoricalDataEnabled(boolean enabled) {
        this.historicalDataEnabled = enabled;
    }

    @Override
    public void saveInstallerAndBot(Installer installer) {
        String team = team(installer.getEnterpriseId(), installer.getTeamId());
        String json = JsonOps.toJsonString(installer);
        write(installerKey(team, null), json);
        if (installer.getInstallerUserId() != null) {
            write(installerKey(team, installer.getInstallerUserId()), json);
        }
        if (installer.getBotAccessToken() != null) {
            write(botKey(team), JsonOps.toJsonString(installer.toBot()));
        }
        LOG.info("Rapport was installed in Slack workspace {}", team);
        installed.accept(team, installer.getInstallerUserId());
    }

    @Override
    public void deleteBot(Bot bot) {
        redis.del(botKey(team(bot.getEnterpriseId(), bot.getTeamId())));
    }

    @Override
    public void deleteInstaller(Installer installer) {
        String team = team(installer.getEnterpriseId(), installer.getTeamId());
        redis.del(installerKey(team, installer.getInstallerUserId()));
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        String json = read(botKey(team(enterpriseId, teamId)));
        return json == null ? null : JsonOps.fromJson(json, DefaultBot.class);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        String json = read(installerKey(team(enterpriseId, teamId), userId));
        return json == null ? null : JsonOps.fromJson(json, DefaultInstaller.class);
    }

    /** The app was uninstalled or its tokens revoked: every token kept for the workspace is deleted. */
    public void forgetTokens(String teamId) {
        String pattern = Workspaces.key(teamId, "slack:install:*");
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = redis.scan(cursor, new ScanParams().match(pattern).count(500));
            List<String> keys = page.getResult();
            if (!keys.isEmpty()) {
                redis.del(keys.toArray(String[]::new));
            }
            cursor = page.getCursor();
        } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        LOG.info("Deleted the Slack tokens of workspace {}", teamId);
    }
}
