package io.rapport.slack.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.rapport.slack.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RequestVerifierTest {
    private static final JsonObject VECTOR = JsonParser.parseString(
            Fixtures.text("signing/slack-docs-signature-vector.json")).getAsJsonObject();
    private static final String SECRET = VECTOR.get("signing_secret").getAsString();
    private static final String TS = VECTOR.getAsJsonObject("headers").get("X-Slack-Request-Timestamp").getAsString();
    private static final String SIGNATURE = VECTOR.get("expected_signature").getAsString();
    private static final byte[] BODY = Fixtures.bytes("signing/slack-docs-signature-vector.body.form");

    private static RequestVerifier at(long epochSeconds) {
        return new RequestVerifier(SECRET, Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC));
    }

    private static final RequestVerifier NOW = at(Long.parseLong(TS));

    @Test
    void the_published_slack_vector_is_accepted_and_signs_to_the_published_signature() {
        assertTrue(NOW.verify(TS, SIGNATURE, BODY));
        assertEquals(SIGNATURE, NOW.sign(TS, BODY));
        assertEquals(VECTOR.get("body").getAsString(), new String(BODY, StandardCharsets.UTF_8));
    }

    @Test
    void a_tampered_body_is_rejected() {
        byte[] tampered = (new String(BODY, StandardCharsets.UTF_8) + "------").getBytes(StandardCharsets.UTF_8);
        assertFalse(NOW.verify(TS, SIGNATURE, tampered));
        byte[] flipped = BODY.clone();
        flipped[10] ^= 1;
        assertFalse(NOW.verify(TS, SIGNATURE, flipped));
    }

    @Test
    void a_request_signed_with_another_secret_is_rejected() {
        RequestVerifier other = new RequestVerifier(SECRET + "x", Clock.fixed(Instant.ofEpochSecond(Long.parseLong(TS)),
                ZoneOffset.UTC));
        assertFalse(NOW.verify(TS, other.sign(TS, BODY), BODY));
    }

    @Test
    void timestamps_more_than_five_minutes_away_in_either_direction_are_rejected() {
        long ts = Long.parseLong(TS);
        assertTrue(at(ts + 300).verify(TS, SIGNATURE, BODY), "exactly five minutes old is still fresh");
        assertTrue(at(ts - 300).verify(TS, SIGNATURE, BODY), "exactly five minutes ahead is still fresh");
        assertFalse(at(ts + 301).verify(TS, SIGNATURE, BODY), "stale");
        assertFalse(at(ts - 301).verify(TS, SIGNATURE, BODY), "from the future");
        assertFalse(at(ts - 365L * 86_400).verify(TS, SIGNATURE, BODY), "a year ahead, which Bolt would accept");
    }

    @Test
    void missing_or_malformed_headers_are_rejected_without_throwing() {
        assertFalse(NOW.verify(null, SIGNATURE, BODY));
        assertFalse(NOW.verify(TS, null, BODY));
        assertFalse(NOW.verify(TS, SIGNATURE, null));
        assertFalse(NOW.verify("yesterday", SIGNATURE, BODY));
        assertFalse(NOW.verify(TS, "", BODY));
        assertFalse(NOW.verify(TS, "v0=", BODY));
        assertFalse(NOW.verify(TS, SIGNATURE.substring(0, SIGNATURE.length() - 1), BODY));
        assertFalse(NOW.verify(TS, SIGNATURE.toUpperCase(), BODY));
    }

    @Test
    void every_single_bit_flip_of_the_signature_is_rejected() {
        byte[] good = SIGNATURE.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < good.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] bad = good.clone();
                bad[i] ^= (byte) (1 << bit);
                assertFalse(NOW.verify(TS, new String(bad, StandardCharsets.ISO_8859_1), BODY), "byte " + i + " bit " + bit);
            }
        }
    }

    @Test
    void random_signatures_are_rejected() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            byte[] hmac = new byte[32];
            random.nextBytes(hmac);
            assertFalse(NOW.verify(TS, "v0=" + java.util.HexFormat.of().formatHex(hmac), BODY));
        }
    }

    @Test
    void a_body_with_non_ascii_text_is_signed_over_its_utf8_bytes() {
        byte[] body = "{\"text\":\"Merci beaucoup, Zoë — ありがとう 🎉\"}".getBytes(StandardCharsets.UTF_8);
        String sig = NOW.sign(TS, body);
        assertTrue(NOW.verify(TS, sig, body));
        byte[] latin1 = "{\"text\":\"Merci beaucoup, Zoë — ありがとう 🎉\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertFalse(NOW.verify(TS, sig, latin1));
    }
}
