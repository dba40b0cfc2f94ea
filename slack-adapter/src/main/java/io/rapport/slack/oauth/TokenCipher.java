package io.rapport.slack.oauth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets kept in Redis with AES-256-GCM under the key from {@code RAPPORT_SECRET_KEY}. A sealed value is
 * {@code v1:} + base64(12-byte random nonce, ciphertext, 16-byte tag). The caller names what the value is for
 * (its Redis key, which carries the workspace) as associated data, so a sealed value copied under another key or
 * into another workspace does not open.
 *
 * <p>A value without the prefix is a clear value written before encryption was turned on: it is read as it is, so
 * the caller can seal it again. Without a key (development) values are stored clear.
 */
public final class TokenCipher {
    /** The prefix of every value sealed in this format. */
    public static final String V1 = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKey key;

    private TokenCipher(SecretKey key) {
        this.key = key;
    }

    /** Stores clear: for development without {@code RAPPORT_SECRET_KEY}. */
    public static TokenCipher none() {
        return new TokenCipher(null);
    }

    /**
     * The key as {@code RAPPORT_SECRET_KEY} gives it: 32 random bytes in base64 ({@code openssl rand -base64 32}).
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static TokenCipher fromBase64(String base64) {
        return new TokenCipher(new SecretKeySpec(decodeKey(base64), "AES"));
    }

    /** The 32 key bytes, or an exception whose message says what is wrong (never the key itself). */
    public static byte[] decodeKey(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("it is not base64");
        }
        if (bytes.length != KEY_BYTES) {
            int length = bytes.length;
            Arrays.fill(bytes, (byte) 0);
            throw new IllegalArgumentException("it decodes to " + length + " bytes; it must be " + KEY_BYTES);
        }
        return bytes;
    }

    /** True when values are sealed; false when they are stored clear. */
    public boolean encrypts() {
        return key != null;
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(V1);
    }

    /** The value as it is to be stored: sealed for {@code context} when there is a key, else unchanged. */
    public String seal(String plain, String context) {
        if (key == null) {
            return plain;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, context);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return V1 + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM could not encrypt with AES-GCM", e);
        }
    }

    /**
     * The clear value of what was stored for {@code context}. A value stored clear comes back as it is.
     *
     * @throws SecretUnreadableException when a sealed value does not open: no key, the wrong key, an altered value,
     *                                   or one copied from another key or workspace
     */
    public String open(String stored, String context) {
        if (!isSealed(stored)) {
            return stored;
        }
        if (key == null) {
            throw new SecretUnreadableException(context + " is encrypted but RAPPORT_SECRET_KEY is not set; "
                    + "start Rapport with the key it was stored with");
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(stored.substring(V1.length()));
        } catch (IllegalArgumentException e) {
            throw new SecretUnreadableException(context + " is damaged: its sealed value is not base64");
        }
        if (all.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SecretUnreadableException(context + " is damaged: its sealed value is too short");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(all, NONCE_BYTES), context);
            byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SecretUnreadableException(context + " does not decrypt with RAPPORT_SECRET_KEY: the key is not "
                    + "the one it was stored with, or the stored value was altered or copied from elsewhere");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM could not decrypt with AES-GCM", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** A stored secret that cannot be read back; the message says why, never what the secret is. */
    public static final class SecretUnreadableException extends RuntimeException {
        public SecretUnreadableException(String message) {
            super(message);
        }
    }
}
