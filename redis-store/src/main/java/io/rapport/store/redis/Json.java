package io.rapport.store.redis;

import io.rapport.core.json.CoreJson;
import io.rapport.core.port.StoreException;

/**
 * Records are stored in the core's one JSON form, so {@code redis-cli} shows what {@code export} shows; the
 * ones a customer has many of (touches, nudges, promises) in compact forms of their own, which still read JSON.
 */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        return CoreJson.gson().toJson(value);
    }

    /** A stored value that no longer parses is a storage failure, named by type and id, not a crash. */
    static <T> T read(String json, Class<T> type, String id) {
        T value;
        try {
            value = CoreJson.gson().fromJson(json, type);
        } catch (RuntimeException e) {
            throw new StoreException("stored " + type.getSimpleName() + " " + id + " is unreadable", e);
        }
        if (value == null) {
            throw new StoreException("stored " + type.getSimpleName() + " " + id + " is empty", null);
        }
        return value;
    }

    /** Every value of a list, each read as {@code type}; {@code owner} names whose list it is in an error. */
    static <T> java.util.List<T> readAll(Class<T> type, String owner, java.util.List<String> jsons) {
        return jsons.stream().map(json -> read(json, type, "of " + owner)).toList();
    }

    /** A value that may be absent. */
    static <T> java.util.Optional<T> readIfAny(Class<T> type, String id, String json) {
        return json == null ? java.util.Optional.empty() : java.util.Optional.of(read(json, type, id));
    }
}
