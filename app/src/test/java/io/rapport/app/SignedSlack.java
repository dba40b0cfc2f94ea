package io.rapport.app;

import io.rapport.slack.http.RequestVerifier;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

/** Requests to a running Rapport as Slack makes them: signed with the app's secret, commands form-encoded. */
final class SignedSlack {
    private final RequestVerifier signer;

    SignedSlack(String signingSecret) {
        this.signer = new RequestVerifier(signingSecret, Clock.systemUTC());
    }

    /** {@code /rapport <text>} typed by U1 (alex) in {@code channel} of {@code team}, as Slack posts it. */
    static String command(String team, String channel, String text) {
        return "token=x&team_id=" + team + "&team_domain=acme&channel_id=" + channel
                + "&channel_name=c&user_id=U1&user_name=alex&command=%2Frapport&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&response_url="
                + URLEncoder.encode("https://hooks.slack.com/commands/T111/1/x", StandardCharsets.UTF_8)
                + "&trigger_id=1.2.3";
    }

    /** A POST to {@code /slack/events} signed now. */
    HttpRequest post(RapportProcess rapport, byte[] body, String type) {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + rapport.port + "/slack/events"))
                .header("Content-Type", type).header(RequestVerifier.TIMESTAMP, ts)
                .header(RequestVerifier.SIGNATURE, signer.sign(ts, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    String sign(String timestamp, byte[] body) {
        return signer.sign(timestamp, body);
    }
}
