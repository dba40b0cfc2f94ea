package io.rapport.core.port;

/** A commit's expectation did not hold: someone else wrote first. Nothing was written. */
public class ConflictException extends StoreException {
    private final Expectation failed;

    public ConflictException(Expectation failed) {
        super("expectation failed: " + failed, null);
        this.failed = failed;
    }

    public Expectation failed() {
        return failed;
    }
}
