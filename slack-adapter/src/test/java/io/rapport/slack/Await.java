package io.rapport.slack;

import java.util.function.BooleanSupplier;

/** Waits for something done in the background (a message update, an ephemeral answer) to happen. */
final class Await {
    private Await() {
    }

    static void until(String what, BooleanSupplier done) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
