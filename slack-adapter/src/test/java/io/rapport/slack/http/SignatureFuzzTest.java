package io.rapport.slack.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Slack request signatures under fuzzing: random signatures, one flipped bit in the signature, the body or the
 * timestamp, and timestamps from a year back to a year ahead. Only the exact signature of a fresh timestamp
 * (within five minutes either way) passes.
 */
class SignatureFuzzTest {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final long YEAR = 365L * 24 * 3600;
    private final RequestVerifier verifier = new RequestVerifier("fuzz-secret", Clock.fixed(NOW, ZoneOffset.UTC));

    @Property(tries = 2000)
    void a_random_signature_never_passes(@ForAll String signature, @ForAll byte[] body) {
        String ts = String.valueOf(NOW.getEpochSecond());
        String real = verifier.sign(ts, body);
        assertEquals(signature.equals(real), verifier.verify(ts, signature, body));
    }

    @Property(tries = 2000)
    void a_random_v0_hex_signature_never_passes(@ForAll @StringLength(64) @net.jqwik.api.constraints.Chars(
            {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'}) String hex,
                                                @ForAll byte[] body) {
        String ts = String.valueOf(NOW.getEpochSecond());
        assertEquals(verifier.sign(ts, body).equals("v0=" + hex), verifier.verify(ts, "v0=" + hex, body));
    }

    @Property(tries = 3000)
    void one_flipped_bit_in_the_signature_fails(@ForAll byte[] body, @ForAll @IntRange(min = 0, max = 66) int at,
                                                @ForAll @IntRange(min = 0, max = 6) int bit) {
        String ts = String.valueOf(NOW.getEpochSecond());
        byte[] sig = verifier.sign(ts, body).getBytes(StandardCharsets.ISO_8859_1);
        sig[at] ^= (byte) (1 << bit);
        assertFalse(verifier.verify(ts, new String(sig, StandardCharsets.ISO_8859_1), body));
    }

    @Property(tries = 3000)
    void one_flipped_bit_in_the_body_fails(@ForAll @net.jqwik.api.constraints.Size(min = 1) byte[] body,
                                           @ForAll @IntRange(min = 0, max = 7) int bit, @ForAll int where) {
        String ts = String.valueOf(NOW.getEpochSecond());
        String sig = verifier.sign(ts, body);
        byte[] tampered = body.clone();
        tampered[Math.floorMod(where, body.length)] ^= (byte) (1 << bit);
        assertFalse(verifier.verify(ts, sig, tampered));
    }

    @Property(tries = 3000)
    void a_correctly_signed_timestamp_passes_only_within_five_minutes(
            @ForAll @LongRange(min = -YEAR, max = YEAR) long offset, @ForAll byte[] body) {
        String ts = String.valueOf(NOW.getEpochSecond() + offset);
        boolean fresh = Math.abs(offset) <= RequestVerifier.WINDOW.toSeconds();
        assertEquals(fresh, verifier.verify(ts, verifier.sign(ts, body), body), "offset " + offset + " s");
    }

    @Property(tries = 1000)
    void a_signature_for_another_timestamp_fails(@ForAll @LongRange(min = -300, max = 300) long signedAt,
                                                 @ForAll @LongRange(min = -300, max = 300) long sentAt,
                                                 @ForAll byte[] body) {
        String signedTs = String.valueOf(NOW.getEpochSecond() + signedAt);
        String sentTs = String.valueOf(NOW.getEpochSecond() + sentAt);
        assertEquals(signedAt == sentAt, verifier.verify(sentTs, verifier.sign(signedTs, body), body));
    }

    @Property(tries = 500)
    void malformed_timestamps_fail_without_throwing(@ForAll String timestamp, @ForAll byte[] body) {
        boolean ok = verifier.verify(timestamp, verifier.sign(timestamp, body), body);
        long parsed;
        try {
            parsed = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            assertFalse(ok);
            return;
        }
        assertEquals(Math.abs(parsed - NOW.getEpochSecond()) <= RequestVerifier.WINDOW.toSeconds()
                && timestamp.equals(timestamp.trim()), ok, timestamp);
    }

    @Property(tries = 200)
    void the_exact_fresh_signature_passes(@ForAll byte[] body) {
        String ts = String.valueOf(NOW.getEpochSecond());
        assertTrue(verifier.verify(ts, verifier.sign(ts, body), body));
    }
}
