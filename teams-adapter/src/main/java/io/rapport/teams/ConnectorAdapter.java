package io.rapport.teams;

import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.restclient.retry.RetryStrategy;
import com.microsoft.bot.schema.Activity;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Response;

/**
 * The SDK's HTTP adapter with Rapport's settings: the app's credentials (and home tenant for single-tenant
 * bots), and connector clients with short timeouts instead of the SDK's 60 s connect / 120 s read and no
 * hidden retries, so a hung or failing connector cannot hold a sender for minutes.
 */
final class ConnectorAdapter extends BotFrameworkHttpAdapter {
    /**
     * The SDK's REST client otherwise retries every 5xx (500 included, so a POST may be shown twice) up to ten
     * times with up to 30 s between tries, inside one call; {@link ConnectorSender} decides retries instead.
     */
    private static final RetryStrategy NO_RETRY = new RetryStrategy("rapport-sender-decides", false) {
        @Override
        public boolean shouldRetry(int retryCount, Response response) {
            return false;
        }
    };
    private final TeamsSettings settings;
    private final CredentialProvider credentialProvider;
    private final Map<String, ConnectorClient> clients = new ConcurrentHashMap<>();

    ConnectorAdapter(TeamsSettings settings) {
        this(settings, new SimpleCredentialProvider(settings.appId().orElse(""), settings.appPassword().orElse("")));
    }

    private ConnectorAdapter(TeamsSettings settings, CredentialProvider credentialProvider) {
        super(credentialProvider, null);
        this.settings = settings;
        this.credentialProvider = credentialProvider;
    }

    String appId() {
        return settings.appId().orElse("");
    }

    /**
     * Authenticates and runs the turn, keeping the invoke response. (The 4.14 {@code processIncomingActivity}
     * does the same; this names what is returned.)
     */
    CompletableFuture<InvokeResponse> process(String authHeader, Activity activity, Bot bot) {
        return processIncomingActivity(authHeader, activity, bot);
    }

    /**
     * The first half of {@link #process(String, Activity, Bot)}: validates the request's token (any token when
     * no app id is set, as the SDK does) and returns who sent it. The identity can be kept with the activity
     * and the turn run later with {@link #process(ClaimsIdentity, Activity, Bot)}.
     */
    CompletableFuture<ClaimsIdentity> authenticate(String authHeader, Activity activity) {
        return JwtTokenValidation.authenticateRequest(activity, authHeader, credentialProvider, null,
                new AuthenticationConfiguration());
    }

    /** The second half: runs the turn for an activity whose sender was authenticated before. */
    CompletableFuture<InvokeResponse> process(ClaimsIdentity identity, Activity activity, Bot bot) {
        return processActivity(identity, activity, bot::onTurn);
    }

    /** What Rapport signs its own calls with; empty (no token) in unauthenticated local use. */
    MicrosoftAppCredentials credentials() {
        return settings.appId().isEmpty() ? MicrosoftAppCredentials.empty()
                : new MicrosoftAppCredentials(settings.appId().get(), settings.appPassword().orElse(""),
                settings.appTenantId().orElse(null));
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
        return CompletableFuture.completedFuture(new MicrosoftAppCredentials(appId, settings.appPassword().orElse(""),
                settings.appTenantId().orElse(null), scope));
    }

    @Override
    protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(String serviceUrl,
                                                                           AppCredentials credentials) {
        AppCredentials creds = credentials != null ? credentials : MicrosoftAppCredentials.empty();
        String key = serviceUrl + "|" + creds.getAppId() + "|" + creds.oAuthScope();
        try {
            String base = new URI(serviceUrl).toURL().toString();
            return CompletableFuture.completedFuture(clients.computeIfAbsent(key, k -> new RestConnectorClient(
                    RestConnectorClient.getDefaultRestClientBuilder(base, creds)
                            .withConnectionTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                            .withReadTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                            .withRetryStrategy(NO_RETRY)
                            .build())));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Invalid serviceUrl: " + serviceUrl, e));
        }
    }
}
