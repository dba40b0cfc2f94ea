package io.rapport.store.redis;

import java.util.List;

/**
 * Key names for one workspace. Every key carries the workspace as a Redis Cluster hash tag,
 * {@code rapport:{<workspace>}:…}, so one workspace lives in one slot and a Lua script may touch any
 * of its keys.
 */
final class Keys {

    /** The only key outside a workspace's slot: it is written apart from any atomic batch. */
    static final String WORKSPACES = "rapport:workspaces";

    private final String workspace;
    private final String prefix;

    Keys(String workspace) {
        this.workspace = check(workspace);
        this.prefix = "rapport:{" + workspace + "}:";
    }

    /** A brace in the name would move the hash tag, and with it the slot, so it is refused. */
    static String check(String workspace) {
        if (workspace == null || workspace.isBlank()) {
            throw new IllegalArgumentException("workspace must not be blank");
        }
        if (workspace.indexOf('{') >= 0 || workspace.indexOf('}') >= 0) {
            throw new IllegalArgumentException("workspace must not contain braces: " + workspace);
        }
        return workspace;
    }

    String workspace() {
        return workspace;
    }

    String prefix() {
        return prefix;
    }

    String customers() {
        return prefix + "customers";
    }

    String names() {
        return prefix + "names";
    }

    String channels() {
        return prefix + "channels";
    }

    String promises() {
        return prefix + "promises";
    }

    String nudges() {
        return prefix + "nudges";
    }

    String due() {
        return prefix + "due";
    }

    String claims() {
        return prefix + "claims";
    }

    String nudgeKeys() {
        return prefix + "nudgekeys";
    }

    String active() {
        return prefix + "active";
    }

    String settings() {
        return prefix + "settings";
    }

    String seq() {
        return prefix + "seq";
    }

    /** Marks a platform message already recorded ({@code Change.Seen}); expires on its own. */
    String seen(String token) {
        return prefix + "seen:" + token;
    }

    /** The append-only audit log, a stream: no per-customer key, so forgetting a customer leaves it. */
    String audit() {
        return prefix + "audit";
    }

    String touches(String customerId) {
        return customer(customerId, "touches");
    }

    String stats(String customerId) {
        return customer(customerId, "stats");
    }

    String customerPromises(String customerId) {
        return customer(customerId, "promises");
    }

    String notes(String customerId) {
        return customer(customerId, "notes");
    }

    String dates(String customerId) {
        return customer(customerId, "dates");
    }

    String feedback(String customerId) {
        return customer(customerId, "feedback");
    }

    String customerNudges(String customerId) {
        return customer(customerId, "nudges");
    }

    /** The people and sources the customer's touches name, interned (see {@code Refs}). */
    String refs(String customerId) {
        return customer(customerId, "refs");
    }

    /** Day (ISO date) to that day's health score. */
    String health(String customerId) {
        return customer(customerId, "health");
    }

    /** Message key to the correction a teammate made about it. */
    String corrections(String customerId) {
        return customer(customerId, "corrections");
    }

    /** Every per-customer key, so that forgetting a customer cannot miss one. */
    List<String> allOfCustomer(String customerId) {
        return List.of(touches(customerId), stats(customerId), customerPromises(customerId), notes(customerId),
                dates(customerId), feedback(customerId), customerNudges(customerId), health(customerId),
                corrections(customerId), refs(customerId));
    }

    private String customer(String customerId, String what) {
        if (customerId == null || customerId.isEmpty()) {
            throw new IllegalArgumentException("customer id must not be empty");
        }
        return prefix + "c:" + customerId + ":" + what;
    }
}
