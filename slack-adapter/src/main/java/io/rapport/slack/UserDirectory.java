package io.rapport.slack;

import com.slack.api.model.User;
import io.rapport.core.event.Actor;
import io.rapport.core.model.Person;
import io.rapport.slack.web.SlackApi;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * Who a Slack user is (display name, time zone, admin or not), from {@code users.info}, remembered in Redis for
 * a day so commands stay fast. When Slack cannot be asked, the id stands in for the name and only the configured
 * admins are admins.
 *
 * <p>An admin is a workspace admin or owner as Slack says, or a user listed in {@code RAPPORT_ADMINS}.
 */
public final class UserDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(UserDirectory.class);
    private static final Duration KEEP = Duration.ofDays(1);
    private final UnifiedJedis redis;
    private final SlackApi api;
    private final Set<String> admins;

    public UserDirectory(UnifiedJedis redis, SlackApi api, Set<String> admins) {
        this.redis = redis;
        this.api = api;
        this.admins = Set.copyOf(admins);
    }

    /** What Rapport keeps about a user. */
    public record Profile(String id, String name, String zone, boolean admin, String teamId) {
        public Person person() {
            return new Person(id, name);
        }

        public ZoneId zoneId() {
            try {
                return zone == null || zone.isBlank() ? null : ZoneId.of(zone);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    public Actor actor(String teamId, String userId, String fallbackName) {
        Profile p = profile(teamId, userId).orElse(new Profile(userId, fallbackName, null, false, null));
        return new Actor(p.person(), p.admin() || admins.contains(userId), p.zoneId());
    }

    public Person person(String teamId, String userId, String knownName) {
        return profile(teamId, userId).map(Profile::person)
                .orElse(new Person(userId, knownName == null || knownName.isBlank() ? userId : knownName));
    }

    public Optional<Profile> profile(String teamId, String userId) {
        String key = Workspaces.key(teamId, "slack:user:" + userId);
        Map<String, String> cached = redis.hgetAll(key);
        if (!cached.isEmpty()) {
            return Optional.of(new Profile(userId, cached.get("name"), cached.get("tz"),
                    "1".equals(cached.get("admin")), cached.get("team")));
        }
        Optional<User> user;
        try {
            user = api.userInfo(teamId, userId);
        } catch (RuntimeException e) {
            LOG.warn("Could not look up Slack user {}: {}", userId, e.getMessage());
            return Optional.empty();
        }
        return user.map(u -> {
            Profile p = new Profile(userId, displayName(u), u.getTz(), u.isAdmin() || u.isOwner()
                    || u.isPrimaryOwner(), u.getTeamId());
            Map<String, String> fields = new HashMap<>();
            fields.put("name", p.name());
            fields.put("admin", p.admin() ? "1" : "0");
            if (p.zone() != null) {
                fields.put("tz", p.zone());
            }
            if (p.teamId() != null) {
                fields.put("team", p.teamId());
            }
            redis.hset(key, fields);
            redis.expire(key, KEEP.toSeconds());
            return p;
        });
    }

    static String displayName(User u) {
        if (u.getProfile() != null) {
            String display = u.getProfile().getDisplayName();
            if (display != null && !display.isBlank()) {
                return display;
            }
            String real = u.getProfile().getRealName();
            if (real != null && !real.isBlank()) {
                return real;
            }
        }
        if (u.getRealName() != null && !u.getRealName().isBlank()) {
            return u.getRealName();
        }
        return u.getName() == null || u.getName().isBlank() ? u.getId() : u.getName();
    }
}
