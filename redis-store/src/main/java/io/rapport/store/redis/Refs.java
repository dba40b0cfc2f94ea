package io.rapport.store.redis;

import io.rapport.core.model.Person;
import java.util.HashMap;
import java.util.Map;

/**
 * A customer's interned strings: the people and sources its touches name, each stored once in the
 * customer's {@code refs} hash (base-36 index to value) and named by index in every touch (the dense form
 * names the pair of both by one index). Entries are
 * only ever added, so an index read once stays true; a batch that adds one guards the hash's size.
 */
final class Refs {

    private final Map<String, String> byIndex;
    private final Map<String, String> byValue = new HashMap<>();
    private final Map<String, String> added = new HashMap<>();
    private final int storedSize;
    private boolean guarded;

    Refs(Map<String, String> stored) {
        this.byIndex = new HashMap<>(stored);
        stored.forEach((index, value) -> byValue.put(value, index));
        this.storedSize = stored.size();
    }

    static String person(Person who) {
        return "p" + who.id() + TouchCodec.SEP + who.name();
    }

    static String source(String source) {
        return "s" + source;
    }

    /** Who and where together, as the dense form names them: one index for both. */
    static String pair(Person who, String source) {
        return "q" + new Compact.Writer().person(who).text(source);
    }

    record Pair(Person who, String source) {
    }

    static Pair asPair(String value) {
        if (!value.startsWith("q")) {
            throw new IllegalArgumentException("not a pair reference");
        }
        Compact.Reader fields = new Compact.Reader(value.substring(1), 3);
        return new Pair(fields.person(), fields.text());
    }

    static Person asPerson(String value) {
        int sep = value.indexOf(TouchCodec.SEP);
        if (!value.startsWith("p") || sep < 0) {
            throw new IllegalArgumentException("not a person reference");
        }
        return new Person(value.substring(1, sep), value.substring(sep + 1));
    }

    static String asSource(String value) {
        if (!value.startsWith("s")) {
            throw new IllegalArgumentException("not a source reference");
        }
        return value.substring(1);
    }

    /** The index of {@code value}, adding it (to be written by the batch) when it is new. */
    String ref(String value) {
        String index = byValue.get(value);
        if (index == null) {
            index = Integer.toString(byIndex.size(), 36);
            byIndex.put(index, value);
            byValue.put(value, index);
            added.put(index, value);
        }
        return index;
    }

    String value(String index) {
        String value = byIndex.get(index);
        if (value == null) {
            throw new IllegalArgumentException("no reference " + index);
        }
        return value;
    }

    int storedSize() {
        return storedSize;
    }

    /** True the first time only: one size guard per batch is enough. */
    boolean guard() {
        boolean first = !guarded;
        guarded = true;
        return first;
    }

    /** Entries added since the last call, index to value, for the batch to write. */
    Map<String, String> drainAdded() {
        Map<String, String> out = Map.copyOf(added);
        added.clear();
        return out;
    }
}
