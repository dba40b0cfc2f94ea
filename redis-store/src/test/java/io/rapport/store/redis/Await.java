package io.rapport.store.redis;

import java.util.function.BooleanSupplier;

/** Waits (up to 10 s) for something done in the background (an inbox worker, a queued send) to happen. */
public final class Await {
    private Await() {
    }

    public static void until(String what, BooleanSupplier done) {
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
