package io.rapport.slack.oauth;

import java.util.Base64;

/** Fixed RAPPORT_SECRET_KEY values for tests (never used outside them). */
public final class TestKeys {
    /** The bytes 1 to 32. */
    public static final String KEY = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";
    /** 32 zero bytes. */
    public static final String OTHER_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private TestKeys() {
    }
}
