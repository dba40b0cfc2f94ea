package io.rapport.core.engine;

import java.security.SecureRandom;

/** Ids nobody types (touches, notes, feedback): random, so no storage round trip is needed. */
final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "0123456789abcdefghijkmnpqrstuvwxyz".toCharArray();

    private Ids() {
    }

    static String random(String prefix) {
        return random(prefix, 12);
    }

    /**
     * A touch id need only be unique within one customer's timeline (at most a few hundred), and every
     * character is stored once per touch: 8 characters are 40 bits.
     */
    static String touch() {
        return random("t", 8);
    }

    private static String random(String prefix, int length) {
        char[] out = new char[length];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return prefix + new String(out);
    }
}
