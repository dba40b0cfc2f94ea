package io.rapport.bench;

import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Serialization;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;

/**
 * The Teams ingest baseline, in a process of its own like the jar: the Bot Framework SDK's HTTP adapter without
 * credentials (as Rapport runs unauthenticated) and an {@link ActivityHandler} that does nothing, on the same
 * Javalin, answering as the SDK's own controller does (the turn's invoke response, else 202). It skips what
 * Rapport's bridge adds (tenant and service URL checks, timestamp repair), so it is the lighter of the two.
 * Usage: {@code BareTeamsServer <port>}.
 */
public final class BareTeamsServer {
    private BareTeamsServer() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        BotFrameworkHttpAdapter adapter = new BotFrameworkHttpAdapter(new SimpleCredentialProvider("", ""), null);
        ActivityHandler bot = new ActivityHandler();
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.post(TeamsIngestBench.PATH, ctx -> {
                String body = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
                Activity activity = Serialization.safeGetAs(Serialization.jsonToTree(body), Activity.class);
                String auth = ctx.header("Authorization");
                ctx.future(() -> adapter.processIncomingActivity(auth == null ? "" : auth, activity, bot)
                        .thenAccept(response -> ctx.status(response == null ? 202 : response.getStatus())));
            });
            config.routes.get("/ready", ctx -> ctx.result("ready"));
        }).start("127.0.0.1", port);
    }
}
