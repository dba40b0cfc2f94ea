package io.rapport.slack;

/** Slack teams as Rapport workspaces ({@code slack:T123}) and the Redis keys the adapter keeps beside them. */
public final class Workspaces {
    public static final String PREFIX = "slack:";

    private Workspaces() {
    }

    public static String of(String teamId) {
        return PREFIX + teamId;
    }

    public static String teamOf(String workspace) {
        return workspace.startsWith(PREFIX) ? workspace.substring(PREFIX.length()) : workspace;
    }

    /** In the workspace's hash slot, so forgetting a workspace's keys finds these too. */
    public static String key(String teamId, String suffix) {
        return "rapport:{" + of(teamId) + "}:" + suffix;
    }
}
