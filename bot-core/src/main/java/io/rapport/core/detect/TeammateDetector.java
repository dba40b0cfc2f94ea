package io.rapport.core.detect;

import java.time.ZonedDateTime;

/** Reads a teammate's message for promises and defensive tone. Deterministic and explainable. */
public interface TeammateDetector {

    /** @param reference when it was said, in the teammate's zone; @param locale en-US, en-GB, en-IN or en-AU */
    TeammateAnalysis analyze(String text, ZonedDateTime reference, String locale);
}
