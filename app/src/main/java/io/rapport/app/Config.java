package io.rapport.app;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import io.rapport.slack.oauth.TokenCipher;
import io.rapport.teams.TeamsSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rapport's settings, read from environment variables (PRODUCT.md §5) and checked all at once: a bad value
 * stops start-up with a message that names the variable and gives an example.
 *
 * @param redisUrl  null for the embedded Redis
 * @param rulebook  a rulebook file overriding the defaults, or null
 * @param teams     false with {@code RAPPORT_TEAMS=off}: no {@code /api/messages} at all
 * @param secretKey {@code RAPPORT_SECRET_KEY}: 32 bytes in base64 sealing Slack tokens kept in Redis
 * @param admins    {@code RAPPORT_ADMINS} and the older {@code TEAMS_ADMINS}: Slack and Teams user ids who are
 *                  admins besides those the platform names (Slack workspace admins and owners)
 */
public record Config(
        int port,
        String redisUrl,
        Path dataDir,
        Path rulebook,
        boolean production,
        Optional<String> slackSigningSecret,
        Optional<String> slackBotToken,
        Optional<String> slackClientId,
        Optional<String> slackClientSecret,
        Optional<String> slackAppToken,
        Optional<String> slackApiUrl,
        Optional<String> microsoftAppId,
        Optional<String> microsoftAppPassword,
        Optional<String> microsoftAppTenantId,
        boolean teams,
        List<String> teamsServiceHosts,
        Set<String> teamsAllowedTenants,
        Optional<String> secretKey,
        Set<String> admins) {

    public static Config fromEnv(Map<String, String> env) {
        List<String> errors = new ArrayList<>();
        int port = port(env.get("RAPPORT_PORT"), errors);
        String redisUrl = blankToNull(env.get("REDIS_URL"));
        if (redisUrl != null) {
            checkRedisUrl(redisUrl, errors);
        }
        Path dataDir = Path.of(Optional.ofNullable(blankToNull(env.get("RAPPORT_DATA_DIR"))).orElse("./data"));
        Path rulebook = null;
        String rulebookText = blankToNull(env.get("RAPPORT_RULEBOOK"));
        if (rulebookText != null) {
            rulebook = Path.of(rulebookText);
            if (!Files.isReadable(rulebook)) {
                errors.add("RAPPORT_RULEBOOK names " + rulebook.toAbsolutePath()
                        + ", which is not a readable file; e.g. RAPPORT_RULEBOOK=config/rulebook.json");
            }
        }
        String envName = Optional.ofNullable(blankToNull(env.get("RAPPORT_ENV"))).orElse("development")
                .toLowerCase(Locale.ROOT);
        if (!envName.equals("development") && !envName.equals("production")) {
            errors.add("RAPPORT_ENV is \"" + envName + "\"; use development or production, e.g. RAPPORT_ENV=production");
        }
        Config config = new Config(port, redisUrl, dataDir, rulebook, envName.equals("production"),
                opt(env, "SLACK_SIGNING_SECRET"), opt(env, "SLACK_BOT_TOKEN"), opt(env, "SLACK_CLIENT_ID"),
                opt(env, "SLACK_CLIENT_SECRET"), opt(env, "SLACK_APP_TOKEN"), opt(env, "SLACK_API_URL"),
                opt(env, "MICROSOFT_APP_ID"), opt(env, "MICROSOFT_APP_PASSWORD"), opt(env, "MICROSOFT_APP_TENANT_ID"),
                teamsSwitch(env.get("RAPPORT_TEAMS"), errors),
                list(env.get("TEAMS_SERVICE_HOSTS")).orElse(TeamsSettings.TEAMS_SERVICE_HOSTS),
                Set.copyOf(list(env.get("TEAMS_ALLOWED_TENANTS")).orElse(List.of())),
                secretKey(opt(env, "RAPPORT_SECRET_KEY"), errors),
                admins(env, errors));
        config.checkPlatforms(errors);
        if (!errors.isEmpty()) {
            throw new ConfigException("Rapport cannot start: " + String.join("\n  - ", prefix(errors)));
        }
        return config;
    }

    private static List<String> prefix(List<String> errors) {
        List<String> out = new ArrayList<>();
        out.add(errors.size() == 1 ? "" : errors.size() + " settings are wrong:");
        out.addAll(errors);
        return errors.size() == 1 ? errors : out;
    }

    private void checkPlatforms(List<String> errors) {
        boolean slackToken = slackBotToken.isPresent();
        boolean slackOauth = slackClientId.isPresent() || slackClientSecret.isPresent();
        if ((slackToken || slackOauth) && slackSigningSecret.isEmpty() && slackAppToken.isEmpty()) {
            errors.add("SLACK_SIGNING_SECRET is missing; Slack needs it to verify requests "
                    + "(Basic Information → App Credentials), e.g. SLACK_SIGNING_SECRET=8f742231b10e8888abcd99yyyzzz85a5");
        }
        if ((slackSigningSecret.isPresent() || slackAppToken.isPresent()) && !slackToken && !slackOauth) {
            errors.add((slackSigningSecret.isPresent() ? "SLACK_SIGNING_SECRET" : "SLACK_APP_TOKEN") + " is set but Slack has no way to post: set SLACK_BOT_TOKEN for one workspace "
                    + "(e.g. SLACK_BOT_TOKEN=xoxb-123-456-abc), or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for OAuth installs");
        }
        slackApiUrl.filter(u -> !u.startsWith("http://") && !u.startsWith("https://")).ifPresent(u ->
                errors.add("SLACK_API_URL must be an http(s) URL ending in /api/, e.g. SLACK_API_URL=http://127.0.0.1:9999/api/"));
        if (slackClientId.isPresent() != slackClientSecret.isPresent()) {
            errors.add("SLACK_CLIENT_ID and SLACK_CLIENT_SECRET go together for OAuth installs; set both or neither");
        }
        slackBotToken.filter(t -> !t.startsWith("xoxb-")).ifPresent(t ->
                errors.add("SLACK_BOT_TOKEN must be a bot token starting with xoxb-, e.g. SLACK_BOT_TOKEN=xoxb-123-456-abc"));
        slackAppToken.filter(t -> !t.startsWith("xapp-")).ifPresent(t ->
                errors.add("SLACK_APP_TOKEN must be an app-level token starting with xapp-, e.g. SLACK_APP_TOKEN=xapp-1-A1-2-abc"));
        if (microsoftAppId.isPresent() != microsoftAppPassword.isPresent()) {
            errors.add("MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD go together; set both or neither");
        }
        if (teams && production && microsoftAppId.isEmpty()) {
            errors.add("MICROSOFT_APP_ID is missing: in production Rapport will not serve Teams without checking "
                    + "tokens. Set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD (Azure Bot → Configuration), e.g. "
                    + "MICROSOFT_APP_ID=00000000-0000-0000-0000-000000000000, or turn Teams off with RAPPORT_TEAMS=off");
        }
        if (production && slackClientId.isPresent() && secretKey.isEmpty()) {
            errors.add("RAPPORT_SECRET_KEY is missing: in production Rapport will not keep Slack OAuth tokens in "
                    + "Redis unencrypted. Make a key once with openssl rand -base64 32, keep it with your other "
                    + "secrets (tokens sealed with one key do not open with another), and set it, e.g. "
                    + "RAPPORT_SECRET_KEY=<the output of openssl rand -base64 32>");
        }
        for (String host : teamsServiceHosts) {
            if (!host.matches("\\.?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+")) {
                errors.add("TEAMS_SERVICE_HOSTS has \"" + host + "\"; list host names, a leading dot for a whole "
                        + "domain, e.g. TEAMS_SERVICE_HOSTS=smba.trafficmanager.net,.smba.trafficmanager.net");
                break;
            }
        }
    }

    private static Optional<String> secretKey(Optional<String> key, List<String> errors) {
        key.ifPresent(k -> {
            try {
                java.util.Arrays.fill(TokenCipher.decodeKey(k), (byte) 0);
            } catch (IllegalArgumentException e) {
                errors.add("RAPPORT_SECRET_KEY is not a usable key: " + e.getMessage() + ". It must be 32 random "
                        + "bytes in base64 (44 characters); make one with openssl rand -base64 32, e.g. "
                        + "RAPPORT_SECRET_KEY=<the output of openssl rand -base64 32>");
            }
        });
        return key;
    }

    /** RAPPORT_ADMINS and TEAMS_ADMINS (kept for existing set-ups) together: ids, never names or e-mails. */
    private static Set<String> admins(Map<String, String> env, List<String> errors) {
        Set<String> all = new java.util.LinkedHashSet<>();
        for (String name : List.of("RAPPORT_ADMINS", "TEAMS_ADMINS")) {
            for (String id : list(env.get(name)).orElse(List.of())) {
                if (id.contains("@") || id.chars().anyMatch(Character::isWhitespace)) {
                    errors.add(name + " has \"" + id + "\"; list user ids, not names or e-mail addresses: Slack "
                            + "member ids (profile → ⋮ → Copy member ID) or Teams ids (29:… or an Entra object id), "
                            + "e.g. " + name + "=U0123ABCD,29:1a2b3c");
                    break;
                }
                all.add(id);
            }
        }
        return Set.copyOf(all);
    }

    private static boolean teamsSwitch(String text, List<String> errors) {
        String value = blankToNull(text);
        if (value == null || value.equalsIgnoreCase("on")) {
            return true;
        }
        if (value.equalsIgnoreCase("off")) {
            return false;
        }
        errors.add("RAPPORT_TEAMS is \"" + value + "\"; use on or off, e.g. RAPPORT_TEAMS=off for a Slack-only Rapport");
        return true;
    }

    /** A comma-separated list; empty when unset. */
    private static Optional<List<String>> list(String text) {
        String value = blankToNull(text);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    private static int port(String text, List<String> errors) {
        if (blankToNull(text) == null) {
            return 3000;
        }
        try {
            int p = Integer.parseInt(text.trim());
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below with an example
        }
        errors.add("RAPPORT_PORT is \"" + text + "\"; it must be a port number from 0 to 65535, e.g. RAPPORT_PORT=3000");
        return 3000;
    }

    private static void checkRedisUrl(String url, List<String> errors) {
        for (String part : url.split(",")) {
            String p = part.trim();
            String withScheme = p.contains("://") ? p : "redis://" + p;
            try {
                URI uri = URI.create(withScheme);
                String scheme = uri.getScheme();
                if ((scheme.equals("redis") || scheme.equals("rediss")) && uri.getHost() != null) {
                    continue;
                }
            } catch (IllegalArgumentException e) {
                // reported below with an example
            }
            errors.add("REDIS_URL has \"" + withoutPassword(p) + "\"; write redis://host:6379, rediss://host:6380, "
                    + "or a cluster seed list such as redis://10.0.0.1:7000,redis://10.0.0.2:7000");
            return;
        }
    }

    /** A Redis URL as it may be shown: whatever stands before an {@code @} (user and password) masked. */
    static String withoutPassword(String url) {
        int at = url.lastIndexOf('@');
        if (at < 0) {
            return url;
        }
        int scheme = url.indexOf("://");
        int start = scheme >= 0 && scheme < at ? scheme + 3 : 0;
        return url.substring(0, start) + "***" + url.substring(at);
    }

    /** A comma in REDIS_URL means a cluster seed list. */
    public boolean redisCluster() {
        return redisUrl != null && redisUrl.contains(",");
    }

    private static Optional<String> opt(Map<String, String> env, String name) {
        return Optional.ofNullable(blankToNull(env.get(name)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Never print secrets: settings as a person may see them in a log. */
    @Override
    public String toString() {
        return "Config[port=" + port + ", redis=" + (redisUrl == null ? "embedded in " + dataDir : "external")
                + ", rulebook=" + (rulebook == null ? "defaults" : rulebook) + ", env="
                + (production ? "production" : "development") + ", slack="
                + (slackAppToken.isPresent() ? "socket mode" : slackSigningSecret.isPresent() ? "on" : "off")
                + ", teams=" + (!teams ? "off" : microsoftAppId.isPresent() ? "authenticated" : "unauthenticated")
                + ", tokens at rest=" + (secretKey.isPresent() ? "encrypted" : "clear") + ", admins listed="
                + admins.size() + "]";
    }
}
