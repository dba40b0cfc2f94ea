package io.rapport.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.rapport.core.message.Card;
import io.rapport.core.model.Person;
import io.rapport.core.model.AuditEntry;
import io.rapport.slack.oauth.TokenCipher;
import io.rapport.slack.oauth.TestKeys;
import io.rapport.slack.web.SlackCallException;
import io.rapport.store.redis.TestRedis;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Installing into many workspaces: Bolt's OAuth flow with the state and the installations kept in Redis. */
class OAuthInstallIT {
    private static final String TEAM = "T777";
    private final HttpClient browser = HttpClient.newHttpClient();
    private SlackHarness h;
    private SlackAdapter adapter;
    private Javalin http;

    @BeforeEach
    void start() {
        h = new SlackHarness(TEAM);
        SlackSettings settings = new SlackSettings(SlackHarness.SECRET, Optional.empty(), Optional.of("111.222"),
                Optional.of("client-secret"), Optional.empty(), Optional.of(h.slack.apiUrl()))
                .withCipher(TokenCipher.fromBase64(TestKeys.KEY));
        adapter = SlackAdapter.create(settings, h.engine, h.store, TestRedis.client(), h.clock);
        http = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            adapter.routes(c.routes);
        }).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        http.stop();
        adapter.close();
        h.close();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return browser.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void installing_keeps_the_bot_token_in_redis_and_a_state_works_only_once() throws Exception {
        HttpResponse<String> install = get("/slack/install", null);
        assertEquals(200, install.statusCode());
        Matcher state = Pattern.compile("state=([0-9a-f-]{36})").matcher(install.body());
        assertTrue(state.find(), install.body());
        assertTrue(install.body().contains("client_id=111.222"), install.body());
        assertTrue(install.body().contains("scope=" + SlackAdapter.BOT_SCOPES.replace(":", "%3A").replace(",", "%2C"))
                || install.body().contains("scope=" + SlackAdapter.BOT_SCOPES), install.body());
        String cookie = install.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

        HttpResponse<String> redirect = get("/slack/oauth_redirect?code=c1&state=" + state.group(1), cookie);
        assertTrue(redirect.statusCode() == 200 || redirect.statusCode() == 302, redirect.body());
        assertEquals(1, h.slack.calls("oauth.v2.access").size());

        adapter.messenger().postToTeam(Workspaces.of(TEAM), "CTEAM", Card.text("Kudos to Sam from Acme."), "k1");
        assertEquals("xoxb-installed-c1", h.slack.calls("chat.postMessage").get(0).params().get("_token"));
        for (String key : TestRedis.scan("rapport:{" + Workspaces.of(TEAM) + "}:slack:install:*")) {
            String raw = TestRedis.client().get(key);
            assertTrue(raw.startsWith(TokenCipher.V1), key);
            for (String token : java.util.List.of("xoxb-installed-c1", "xoxp-user-c1", "xoxe-1-refresh-c1")) {
                assertFalse(raw.contains(token), key + " holds " + token);
            }
        }

        HttpResponse<String> replay = get("/slack/oauth_redirect?code=c2&state=" + state.group(1), cookie);
        assertEquals(1, h.slack.calls("oauth.v2.access").size(), replay.body());

        HttpResponse<String> forged = get("/slack/oauth_redirect?code=c3&state=" + java.util.UUID.randomUUID(),
                "slack-app-oauth-state=whatever");
        assertEquals(1, h.slack.calls("oauth.v2.access").size(), forged.body());
    }

    @Test
    void with_another_secret_key_a_send_fails_with_the_reason_and_stays_retryable() throws Exception {
        HttpResponse<String> install = get("/slack/install", null);
        Matcher state = Pattern.compile("state=([0-9a-f-]{36})").matcher(install.body());
        assertTrue(state.find());
        get("/slack/oauth_redirect?code=c1&state=" + state.group(1),
                install.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0]);

        SlackSettings otherKey = new SlackSettings(SlackHarness.SECRET, Optional.empty(), Optional.of("111.222"),
                Optional.of("client-secret"), Optional.empty(), Optional.of(h.slack.apiUrl()))
                .withCipher(TokenCipher.fromBase64(TestKeys.OTHER_KEY));
        SlackAdapter restarted = SlackAdapter.create(otherKey, h.engine, h.store, TestRedis.client(), h.clock);
        try {
            SlackCallException failed = assertThrows(SlackCallException.class, () -> restarted.messenger()
                    .sendPrivate(Workspaces.of(TEAM), new Person("U1", "Alex"), Card.text("hello"), "k3"));
            assertFalse(failed.permanent(), "the right key may come back; the nudge is not dropped");
            assertTrue(failed.getMessage().contains("does not decrypt with RAPPORT_SECRET_KEY"), failed.getMessage());
            assertEquals(0, h.slack.calls("chat.postMessage").size());
        } finally {
            restarted.close();
        }
    }

    @Test
    void ten_redirects_racing_with_one_state_install_once() throws Exception {
        HttpResponse<String> install = get("/slack/install", null);
        Matcher state = Pattern.compile("state=([0-9a-f-]{36})").matcher(install.body());
        assertTrue(state.find());
        String cookie = install.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        var pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        var start = new java.util.concurrent.CountDownLatch(1);
        var results = new java.util.ArrayList<java.util.concurrent.Future<HttpResponse<String>>>();
        for (int i = 0; i < 10; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                start.await();
                return get("/slack/oauth_redirect?code=r" + n + "&state=" + state.group(1), cookie);
            }));
        }
        start.countDown();
        for (var r : results) {
            r.get();
        }
        pool.shutdown();
        assertEquals(1, h.slack.calls("oauth.v2.access").size());
    }

    @Test
    void uninstalling_deletes_the_workspaces_tokens() throws Exception {
        HttpResponse<String> install = get("/slack/install", null);
        Matcher state = Pattern.compile("state=([0-9a-f-]{36})").matcher(install.body());
        assertTrue(state.find());
        String cookie = install.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        get("/slack/oauth_redirect?code=c1&state=" + state.group(1), cookie);
        assertFalse(TestRedis.keysOf(Workspaces.of(TEAM)).isEmpty());

        String uninstalled = Fixtures.text("events/app_uninstalled.bolt-python.json").replace("T111", TEAM);
        h.eventJson(uninstalled);
        h.drain();
        assertTrue(TestRedis.scan("rapport:{" + Workspaces.of(TEAM) + "}:slack:install:*").isEmpty());
        SlackCallException refused = assertThrows(SlackCallException.class, () -> adapter.messenger()
                .sendPrivate(Workspaces.of(TEAM), new Person("U1", "Alex"), Card.text("hello"), "k2"));
        assertTrue(refused.permanent());
        assertFalse(refused.getMessage().contains("xoxb"), refused.getMessage());
        assertEquals(java.util.List.of("uninstall Slack app_uninstalled: every Slack token of workspace T777 deleted",
                "install Rapport in Slack workspace T777"), h.store.auditLog(Workspaces.of(TEAM), 10).stream()
                .map(AuditEntry::what).toList());
        assertEquals("U1", h.store.auditLog(Workspaces.of(TEAM), 10).get(1).who().id());
    }
}
