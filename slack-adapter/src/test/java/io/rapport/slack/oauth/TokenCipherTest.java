package io.rapport.slack.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenCipherTest {
    private static final String KEY = TestKeys.KEY;
    private static final String OTHER_KEY = TestKeys.OTHER_KEY;
    private static final String HERE = "rapport:{slack:T1}:slack:install:bot";
    private final TokenCipher cipher = TokenCipher.fromBase64(KEY);

    @Test
    void a_sealed_value_opens_to_what_was_sealed_and_does_not_show_it() {
        String sealed = cipher.seal("{\"bot\":\"xoxb-secret\"}", HERE);

        assertTrue(sealed.startsWith("v1:"), sealed);
        assertFalse(sealed.contains("xoxb"), sealed);
        assertEquals("{\"bot\":\"xoxb-secret\"}", cipher.open(sealed, HERE));
    }

    @Test
    void sealing_the_same_value_twice_gives_different_ciphertexts() {
        assertNotEquals(cipher.seal("xoxb-secret", HERE), cipher.seal("xoxb-secret", HERE));
    }

    @Test
    void the_wrong_key_is_a_clear_error_that_does_not_show_the_secret() {
        String sealed = cipher.seal("xoxb-secret", HERE);

        var e = assertThrows(TokenCipher.SecretUnreadableException.class,
                () -> TokenCipher.fromBase64(OTHER_KEY).open(sealed, HERE));
        assertTrue(e.getMessage().contains("does not decrypt with RAPPORT_SECRET_KEY"), e.getMessage());
        assertTrue(e.getMessage().contains(HERE), e.getMessage());
        assertFalse(e.getMessage().contains("xoxb"), e.getMessage());
    }

    @Test
    void an_altered_value_does_not_open() {
        byte[] bytes = Base64.getDecoder().decode(cipher.seal("xoxb-secret", HERE).substring(3));
        for (int i = 0; i < bytes.length; i++) {
            byte[] flipped = bytes.clone();
            flipped[i] ^= 1;
            String altered = "v1:" + Base64.getEncoder().encodeToString(flipped);
            assertThrows(TokenCipher.SecretUnreadableException.class, () -> cipher.open(altered, HERE), "byte " + i);
        }
        assertThrows(TokenCipher.SecretUnreadableException.class, () -> cipher.open("v1:not base64!", HERE));
        assertThrows(TokenCipher.SecretUnreadableException.class, () -> cipher.open("v1:AAAA", HERE));
    }

    @Test
    void a_value_sealed_for_one_workspace_does_not_open_for_another() {
        String sealed = cipher.seal("xoxb-secret", HERE);

        assertThrows(TokenCipher.SecretUnreadableException.class,
                () -> cipher.open(sealed, "rapport:{slack:T2}:slack:install:bot"));
    }

    @Test
    void a_clear_value_from_before_the_key_reads_as_it_is() {
        assertEquals("{\"bot\":\"xoxb-old\"}", cipher.open("{\"bot\":\"xoxb-old\"}", HERE));
    }

    @Test
    void without_a_key_values_stay_clear_and_a_sealed_one_says_the_key_is_missing() {
        TokenCipher none = TokenCipher.none();
        assertFalse(none.encrypts());
        assertEquals("xoxb-dev", none.seal("xoxb-dev", HERE));

        var e = assertThrows(TokenCipher.SecretUnreadableException.class,
                () -> none.open(cipher.seal("xoxb-secret", HERE), HERE));
        assertTrue(e.getMessage().contains("RAPPORT_SECRET_KEY is not set"), e.getMessage());
    }

    @Test
    void a_key_that_is_not_32_bytes_of_base64_is_refused_with_the_reason() {
        assertEquals("it is not base64",
                assertThrows(IllegalArgumentException.class, () -> TokenCipher.fromBase64("not a key!")).getMessage());
        assertEquals("it decodes to 16 bytes; it must be 32", assertThrows(IllegalArgumentException.class,
                () -> TokenCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[16]))).getMessage());
    }
}
