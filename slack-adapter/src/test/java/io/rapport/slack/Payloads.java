package io.rapport.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Interactivity payloads in the shape of the fixtures in {@code interactivity/} (block_actions from a message),
 * with the pressed element taken from the blocks Rapport itself sent.
 */
final class Payloads {
    private Payloads() {
    }

    /** Starts from the real block_actions fixture and puts in our team, user, container and pressed element. */
    static JsonObject button(String team, String user, String channel, String messageTs, boolean ephemeral,
                             JsonObject element, String blockId, String selectedUser) {
        JsonObject p = JsonParser.parseString(
                Fixtures.text("interactivity/block_actions.message-in-thread.java-BlockActionPayloadTest.json"))
                .getAsJsonObject();
        p.getAsJsonObject("user").addProperty("id", user);
        p.getAsJsonObject("user").addProperty("team_id", team);
        p.getAsJsonObject("team").addProperty("id", team);
        p.getAsJsonObject("channel").addProperty("id", channel);
        JsonObject container = p.getAsJsonObject("container");
        container.addProperty("channel_id", channel);
        container.addProperty("message_ts", messageTs);
        container.remove("thread_ts");
        container.addProperty("is_ephemeral", ephemeral);
        p.remove("state");
        p.addProperty("response_url", "https://hooks.slack.com/actions/" + team + "/1/x");
        JsonObject action = new JsonObject();
        action.addProperty("action_id", element.get("action_id").getAsString());
        action.addProperty("block_id", blockId);
        action.addProperty("type", element.get("type").getAsString());
        if (element.has("value")) {
            action.addProperty("value", element.get("value").getAsString());
        }
        if (selectedUser != null) {
            action.addProperty("selected_user", selectedUser);
        }
        action.addProperty("action_ts", "1606455407.603639");
        var actions = new com.google.gson.JsonArray();
        actions.add(action);
        p.add("actions", actions);
        return p;
    }

    static JsonObject buttonOnEphemeral(String team, String user, String channel, JsonObject element, String blockId) {
        return button(team, user, channel, "1693635296.000500", true, element, blockId, null);
    }
}
