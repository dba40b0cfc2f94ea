package io.rapport.core.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A reminder produced by a rule. While it is active, its {@code key} is unique in the workspace:
 * re-evaluating a rule, snoozing or re-sending never makes a second copy.
 *
 * @param customerId the customer it is about, or null for a workspace-wide one (the digest)
 * @param key        identity of what it is about, e.g. {@code reciprocate:c3}
 * @param data       the facts the rule needs to word the nudge (gesture kind, who, touch time …)
 * @param deliveries how many times it has been delivered (a snoozed nudge is delivered again)
 * @param attempts   failed delivery attempts since the last success, for backoff
 * @param audience   who receives it; {@code PERSON} when not said
 * @param expiresAt  when it stops making sense (a date that has passed), or null for never
 */
public record Nudge(
        String id,
        String customerId,
        String rule,
        String key,
        Person assignee,
        NudgeState state,
        Instant dueAt,
        Instant createdAt,
        int deliveries,
        int attempts,
        Map<String, String> data,
        String closedBy,
        Instant closedAt,
        Audience audience,
        Instant expiresAt) {

    public Nudge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(createdAt, "createdAt");
        data = data == null ? Map.of() : Map.copyOf(data);
        audience = audience == null ? Audience.PERSON : audience;
    }

    /** A private nudge that never expires. */
    public Nudge(String id, String customerId, String rule, String key, Person assignee, NudgeState state,
                 Instant dueAt, Instant createdAt, int deliveries, int attempts, Map<String, String> data,
                 String closedBy, Instant closedAt) {
        this(id, customerId, rule, key, assignee, state, dueAt, createdAt, deliveries, attempts, data, closedBy,
                closedAt, Audience.PERSON, null);
    }

    public Nudge withState(NudgeState next, Instant due) {
        return new Nudge(id, customerId, rule, key, assignee, next, due, createdAt, deliveries, attempts, data,
                closedBy, closedAt, audience, expiresAt);
    }

    public Nudge delivered() {
        return new Nudge(id, customerId, rule, key, assignee, NudgeState.OPEN, dueAt, createdAt, deliveries + 1, 0,
                data, closedBy, closedAt, audience, expiresAt);
    }

    public Nudge failedAttempt(Instant retryAt) {
        return new Nudge(id, customerId, rule, key, assignee, state, retryAt, createdAt, deliveries, attempts + 1,
                data, closedBy, closedAt, audience, expiresAt);
    }

    public Nudge snoozed(Instant until) {
        return new Nudge(id, customerId, rule, key, assignee, NudgeState.SCHEDULED, until, createdAt, deliveries, 0,
                data, closedBy, closedAt, audience, expiresAt);
    }

    public Nudge closed(NudgeState how, String by, Instant at) {
        return new Nudge(id, customerId, rule, key, assignee, how, dueAt, createdAt, deliveries, attempts, data,
                by, at, audience, expiresAt);
    }

    /** Handed to one person: a team post that is reassigned becomes that person's private nudge. */
    public Nudge reassigned(Person to) {
        return new Nudge(id, customerId, rule, key, to, state, dueAt, createdAt, deliveries, attempts, data,
                closedBy, closedAt, audience == Audience.TEAM ? Audience.PERSON : audience, expiresAt);
    }

    public Nudge withData(Map<String, String> next) {
        return new Nudge(id, customerId, rule, key, assignee, state, dueAt, createdAt, deliveries, attempts, next,
                closedBy, closedAt, audience, expiresAt);
    }

    /** The same nudge, re-planned by its rule: new time, words, recipient and expiry; history kept. */
    public Nudge replanned(Person to, Audience newAudience, Instant due, Map<String, String> newData,
                           Instant expires) {
        return new Nudge(id, customerId, rule, key, to, state, due, createdAt, deliveries, attempts, newData,
                closedBy, closedAt, newAudience, expires);
    }

    public boolean isExpired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** A data value, or "" when the rule did not record it. */
    public String get(String name) {
        return data.getOrDefault(name, "");
    }
}
