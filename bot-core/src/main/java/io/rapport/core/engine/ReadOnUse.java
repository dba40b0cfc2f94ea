package io.rapport.core.engine;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A list read from storage the first time something looks into it, then kept: what a rule may or may not need
 * (a customer's active nudges when one of its nudges came due, which most rules never look at). Unmodifiable;
 * for the one thread that plans a transaction.
 */
final class ReadOnUse<T> extends AbstractList<T> {
    private final Supplier<List<T>> read;
    private List<T> items;

    ReadOnUse(Supplier<List<T>> read) {
        this.read = read;
    }

    @Override
    public T get(int index) {
        return items().get(index);
    }

    @Override
    public int size() {
        return items().size();
    }

    private List<T> items() {
        if (items == null) {
            items = List.copyOf(read.get());
        }
        return items;
    }
}
