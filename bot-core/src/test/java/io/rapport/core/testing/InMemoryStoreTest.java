package io.rapport.core.testing;

import io.rapport.core.port.Store;
import io.rapport.core.port.StoreContract;

/** The in-memory store keeps the same contract as the Redis store, so core tests on it mean something. */
class InMemoryStoreTest extends StoreContract {
    private static final int BOUND = 20;

    @Override
    protected Store newStore() {
        return new InMemoryStore(BOUND);
    }

    @Override
    protected int timelineBound() {
        return BOUND;
    }
}
