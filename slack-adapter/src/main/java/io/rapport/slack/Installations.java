package io.rapport.slack;

import java.util.Optional;

/** Where a workspace's bot token comes from: one fixed token, or the installations kept in Redis. */
public interface Installations {

    Optional<String> botToken(String teamId);

    /** One workspace ({@code SLACK_BOT_TOKEN}): the same token whatever the team. */
    static Installations single(String botToken) {
        return teamId -> Optional.of(botToken);
    }
}
