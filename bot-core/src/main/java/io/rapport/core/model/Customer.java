package io.rapport.core.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A customer's profile (PRODUCT.md §3). Timeline, promises, notes and nudges are kept beside it. */
public record Customer(
        String id,
        String name,
        Tier tier,
        Person owner,
        List<String> channels,
        List<Person> contacts,
        Instant createdAt) {

    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        tier = tier == null ? Tier.STANDARD : tier;
        channels = channels == null ? List.of() : List.copyOf(channels);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public Customer withChannel(String channel) {
        if (channels.contains(channel)) {
            return this;
        }
        List<String> next = new ArrayList<>(channels);
        next.add(channel);
        return new Customer(id, name, tier, owner, next, contacts, createdAt);
    }

    public Customer withContact(Person contact) {
        if (isContact(contact.id())) {
            return this;
        }
        List<Person> next = new ArrayList<>(contacts);
        next.add(contact);
        return new Customer(id, name, tier, owner, channels, next, createdAt);
    }

    public boolean isContact(String personId) {
        return contacts.stream().anyMatch(c -> c.id().equals(personId));
    }
}
