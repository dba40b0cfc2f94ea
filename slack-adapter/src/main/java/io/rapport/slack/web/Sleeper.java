package io.rapport.slack.web;

import java.time.Duration;

/** Waiting, so tests can see how long the sender would have waited without waiting that long. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;

    Sleeper REAL = d -> {
        if (!d.isZero() && !d.isNegative()) {
            Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        }
    };
}
