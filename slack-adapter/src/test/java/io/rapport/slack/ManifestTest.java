package io.rapport.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** config/slack/manifest.yml creates an app that can do everything the adapter does. */
class ManifestTest {
    private static final List<String> LINES = read();

    private static List<String> read() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path manifest = dir.resolve("config/slack/manifest.yml");
            if (Files.isRegularFile(manifest)) {
                try {
                    return Files.readAllLines(manifest);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("config/slack/manifest.yml not found");
    }

    /** The "- item" lines under the line that ends with {@code key:}. */
    private static List<String> listUnder(String key) {
        List<String> items = new ArrayList<>();
        boolean in = false;
        for (String line : LINES) {
            if (line.strip().equals(key + ":")) {
                in = true;
            } else if (in && line.strip().startsWith("- ")) {
                items.add(line.strip().substring(2).strip());
            } else if (in && !line.isBlank()) {
                in = false;
            }
        }
        return items;
    }

    @Test
    void the_bot_scopes_are_the_ones_the_oauth_install_asks_for() {
        assertEquals(new TreeSet<>(Arrays.asList(SlackAdapter.BOT_SCOPES.split(","))), new TreeSet<>(listUnder("bot")));
    }

    @Test
    void every_event_rapport_handles_is_subscribed() {
        Set<String> events = new TreeSet<>(listUnder("bot_events"));
        for (String needed : List.of("message.im", "message.channels", "message.groups", "app_mention",
                "app_home_opened", "app_uninstalled", "tokens_revoked")) {
            assertTrue(events.contains(needed), needed + " is not subscribed: " + events);
        }
    }

    @Test
    void commands_events_and_buttons_all_come_to_slack_events_and_mentions_arrive_escaped() {
        long urls = LINES.stream().filter(l -> l.contains("url:") && l.strip().endsWith("/slack/events")).count();
        assertEquals(3, urls, "slash command, event subscriptions and interactivity");
        assertTrue(LINES.stream().anyMatch(l -> l.strip().equals("- command: /rapport")));
        assertTrue(LINES.stream().anyMatch(l -> l.strip().equals("should_escape: true")));
        assertTrue(LINES.stream().anyMatch(l -> l.strip().endsWith("/slack/oauth_redirect")));
        assertTrue(LINES.stream().anyMatch(l -> l.strip().equals("home_tab_enabled: true")));
    }
}
