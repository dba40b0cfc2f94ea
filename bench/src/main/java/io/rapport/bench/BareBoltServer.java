package io.rapport.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.MessageEvent;
import io.javalin.Javalin;
import io.rapport.slack.http.RequestVerifier;
import io.rapport.slack.http.SlackBridge;
import java.time.Clock;

/**
 * The ingest baseline, in a process of its own like the jar: a bare Bolt {@link App} whose only handler
 * acknowledges message events and does nothing else, behind the same {@link SlackBridge} on Javalin.
 * Usage: {@code BareBoltServer <port> <signing secret> <Slack API URL>}.
 */
public final class BareBoltServer {
    private BareBoltServer() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        String secret = args[1];
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(args[2].endsWith("/") ? args[2] : args[2] + "/");
        Slack slack = Slack.getInstance(slackConfig);
        // the bridge verifies signatures, as it does for Rapport; Bolt verifying again would be extra work
        App app = new App(AppConfig.builder().slack(slack).signingSecret(secret).singleTeamBotToken("xoxb-bench")
                .requestVerificationEnabled(false).build());
        app.event(MessageEvent.class, (req, ctx) -> ctx.ack());
        SlackBridge bridge = new SlackBridge(app, new RequestVerifier(secret, Clock.systemUTC()));
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.post("/slack/events", bridge::signed);
            config.routes.get("/ready", ctx -> ctx.result("ready"));
        }).start("127.0.0.1", port);
    }
}
