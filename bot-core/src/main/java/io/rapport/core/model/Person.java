package io.rapport.core.model;

import java.util.Objects;

/**
 * Someone on a platform: a teammate or a customer's contact. The id is the platform's own
 * (opaque to the core); the name is for display only.
 */
public record Person(String id, String name) {
    public Person {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            name = id;
        }
    }

    public static Person of(String id) {
        return new Person(id, id);
    }
}
