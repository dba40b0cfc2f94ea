package io.rapport.slack.http;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's v0 request signature, checked more strictly than Bolt does: the HMAC is computed over the raw body
 * bytes (never re-encoded with the platform charset), compared in constant time, and the timestamp must lie
 * within five minutes of now in either direction (Bolt accepts any future timestamp, which lets a captured
 * request be replayed later).
 */
public final class RequestVerifier {
    public static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    public static final String SIGNATURE = "X-Slack-Signature";
    static final Duration WINDOW = Duration.ofMinutes(5);
    private final byte[] secret;
    private final Clock clock;

    public RequestVerifier(String signingSecret, Clock clock) {
        if (signingSecret == null || signingSecret.isBlank()) {
            throw new IllegalArgumentException("a Slack signing secret is required");
        }
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** True only for a well-formed, fresh, matching signature. Never throws for bad input. */
    public boolean verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || body == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - seconds);
        if (skew > WINDOW.toSeconds()) {
            return false;
        }
        byte[] expected = sign(timestamp.trim(), body).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code v0=} + hex HMAC-SHA256 of {@code v0:<timestamp>:<body>}; also what tests sign with. */
    public String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            return "v0=" + HexFormat.of().formatHex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
