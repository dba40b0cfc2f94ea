package io.rapport.core.engine;

import java.security.SecureRandom;

/** Ids nobody types (touches, notes, feedback): random, so no storage round trip is needed. */
final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "0123456789abcdefghijkmnpqrstuvwxyz".toCharArray();

    private Ids() {
    }

    static String random(String prefix) {
        char[] out = new char[12];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return prefix + new String(out);
    }
}
