package io.rapport.slack.oauth;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.service.OAuthStateService;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * OAuth state for the install flow, kept in Redis for ten minutes. A state is good once: checking it takes it
 * out of Redis in the same step (GETDEL), so two redirects carrying the same state cannot both install.
 */
public final class RedisOAuthState implements OAuthStateService {
    private final UnifiedJedis redis;

    public RedisOAuthState(UnifiedJedis redis) {
        this.redis = redis;
    }

    private static String key(String state) {
        return "rapport:slack:oauth-state:" + state;
    }

    @Override
    public void addNewStateToDatastore(String state) {
        redis.set(key(state), "1", SetParams.setParams().ex(getExpirationInSeconds()));
    }

    /** The query's state must match the browser's cookie and still be unused; it is used up here. */
    @Override
    public boolean isValid(Request request) {
        String given = extractStateFromQueryString(request);
        String session = extractStateFromSession(request);
        if (given == null || given.isBlank() || !given.equals(session)) {
            return false;
        }
        return redis.getDel(key(given)) != null;
    }

    @Override
    public boolean isAvailableInDatabase(String state) {
        return redis.exists(key(state));
    }

    @Override
    public void deleteStateFromDatastore(String state) {
        redis.del(key(state));
    }
}
