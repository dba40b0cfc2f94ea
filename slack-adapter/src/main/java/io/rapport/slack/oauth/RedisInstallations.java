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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Installations into many workspaces, kept in Redis beside each workspace's data (so one workspace's token is
 * never found under another's key). Bolt's OAuth flow saves through this; Rapport reads bot tokens from it.
 * Tokens are never logged: only team ids are.
 */
public final class RedisInstallations implements InstallationService, Installations {
    private static final Logger LOG = LoggerFactory.getLogger(RedisInstallations.class);
    private final UnifiedJedis redis;
    private boolean historicalDataEnabled;

    public RedisInstallations(UnifiedJedis redis) {
        this.redis = redis;
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
        redis.set(installerKey(team, null), json);
        if (installer.getInstallerUserId() != null) {
            redis.set(installerKey(team, installer.getInstallerUserId()), json);
        }
        if (installer.getBotAccessToken() != null) {
            redis.set(botKey(team), JsonOps.toJsonString(installer.toBot()));
        }
        LOG.info("Rapport was installed in Slack workspace {}", team);
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
        String json = redis.get(botKey(team(enterpriseId, teamId)));
        return json == null ? null : JsonOps.fromJson(json, DefaultBot.class);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        String json = redis.get(installerKey(team(enterpriseId, teamId), userId));
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
