package io.rapport.teams;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the Teams adapter runs.
 *
 * @param appId           the Azure Bot's Microsoft App ID; empty means unauthenticated local use
 * @param appPassword     its client secret
 * @param appTenantId     the bot's home tenant for single-tenant bots, else empty
 * @param serviceHosts    hosts Rapport may send to: an entry matches the host itself or, written with a leading
 *                        dot ({@code .trafficmanager.net}), any host under it
 * @param allowLoopback   also allow {@code http(s)://localhost|127.x|[::1]} (local mode only)
 * @param allowedTenants  tenants whose activities are accepted; empty accepts every tenant
 * @param connectTimeout  connector HTTP connect timeout
 * @param readTimeout     connector HTTP read timeout
 * @param admins          Teams user ids or Entra object ids who may run admin-only commands ({@code forget})
 */
public record TeamsSettings(
        Optional<String> appId,
        Optional<String> appPassword,
        Optional<String> appTenantId,
        List<String> serviceHosts,
        boolean allowLoopback,
        Set<String> allowedTenants,
        Duration connectTimeout,
        Duration readTimeout,
        Set<String> admins) {

    /** Where Teams' Bot Framework service lives (public cloud and government clouds). */
    public static final List<String> TEAMS_SERVICE_HOSTS = List.of(
            "smba.trafficmanager.net", ".smba.trafficmanager.net", "smba.infra.gcc.teams.microsoft.com",
            "smba.infra.gov.teams.microsoft.us", "smba.infra.dod.teams.microsoft.us");

    public TeamsSettings {
        serviceHosts = List.copyOf(serviceHosts);
        allowedTenants = Set.copyOf(allowedTenants);
        admins = Set.copyOf(admins);
    }

    /** Unauthenticated, loopback allowed: for tests and the Agents Playground. */
    public static TeamsSettings local() {
        return new TeamsSettings(Optional.empty(), Optional.empty(), Optional.empty(), TEAMS_SERVICE_HOSTS, true,
                Set.of(), Duration.ofSeconds(5), Duration.ofSeconds(10), Set.of());
    }

    public boolean authenticated() {
        return appId.isPresent();
    }

    public TeamsSettings withCredentials(String id, String password, String tenant) {
        return new TeamsSettings(Optional.of(id), Optional.of(password), Optional.ofNullable(tenant), serviceHosts,
                allowLoopback, allowedTenants, connectTimeout, readTimeout, admins);
    }

    public TeamsSettings withAllowedTenants(Set<String> tenants) {
        return new TeamsSettings(appId, appPassword, appTenantId, serviceHosts, allowLoopback, tenants,
                connectTimeout, readTimeout, admins);
    }

    public TeamsSettings withServiceHosts(List<String> hosts, boolean loopback) {
        return new TeamsSettings(appId, appPassword, appTenantId, hosts, loopback, allowedTenants,
                connectTimeout, readTimeout, admins);
    }

    public TeamsSettings withAdmins(Set<String> ids) {
        return new TeamsSettings(appId, appPassword, appTenantId, serviceHosts, allowLoopback, allowedTenants,
                connectTimeout, readTimeout, ids);
    }

    public TeamsSettings withTimeouts(Duration connect, Duration read) {
        return new TeamsSettings(appId, appPassword, appTenantId, serviceHosts, allowLoopback, allowedTenants,
                connect, read, admins);
    }

    /** Never the app password: settings as they may end up in a log or an exception message. */
    @Override
    public String toString() {
        return "TeamsSettings[appId=" + appId.orElse("none") + ", appPassword=" + (appPassword.isPresent() ? "set"
                : "none") + ", serviceHosts=" + serviceHosts + ", allowLoopback=" + allowLoopback
                + ", allowedTenants=" + allowedTenants + ", admins=" + admins + "]";
    }
}
