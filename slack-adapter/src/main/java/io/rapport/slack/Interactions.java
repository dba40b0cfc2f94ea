package io.rapport.slack;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.rapport.core.engine.Engine;
import io.rapport.core.event.ActionEvent;
import io.rapport.core.event.Actor;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.message.Reply;
import io.rapport.core.port.StoreException;
import io.rapport.slack.blocks.ActionIds;
import io.rapport.slack.blocks.BlockKit;
import io.rapport.slack.web.SlackApi;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The {@code /rapport} slash command and the buttons on Rapport's messages. A command is answered in the
 * acknowledgement itself (ephemeral unless the core says otherwise); a button press changes state before the
 * acknowledgement and then updates the pressed message: in place for a nudge DM ({@code chat.update}), through
 * the response_url for an ephemeral message, or by refreshing the App Home it was pressed in.
 */
final class Interactions {
    private static final Logger LOG = LoggerFactory.getLogger(Interactions.class);
    static final String STORAGE_DOWN = "Rapport can't reach its storage right now; nothing was saved. Try again in a moment.";
    private static final String BROKEN = "Something went wrong on Rapport's side; it was logged. Try again.";
    private final Engine engine;
    private final UserDirectory users;
    private final SlackApi api;
    private final AppHome home;
    private final Budget budget;
    private final Clock clock;

    Interactions(Engine engine, UserDirectory users, SlackApi api, AppHome home, Budget budget, Clock clock) {
        this.engine = engine;
        this.users = users;
        this.api = api;
        this.home = home;
        this.budget = budget;
        this.clock = clock;
    }

    Response command(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload p = req.getPayload();
        String team = p.getTeamId();
        String responseUrl = p.getResponseUrl();
        try {
            Reply reply = budget.within(() -> {
                Actor actor = users.actor(team, p.getUserId(), p.getUserName());
                Markup.Parsed parsed = Markup.parse(p.getText());
                String channel = p.getChannelId() == null || p.getChannelId().startsWith("D") ? null : p.getChannelId();
                return engine.command(new CommandEvent(Workspaces.of(team), actor, channel, parsed.text(),
                        parsed.mentions(), clock.instant()));
            }, late -> api.respond(responseUrl, message(late, false).toString()),
                    failed -> api.respond(responseUrl, message(Reply.text(explain(failed)), false).toString()));
            return reply == null ? ctx.ack() : ctx.ack(message(reply, false));
        } catch (Exception e) {
            return ctx.ack(message(Reply.text(explain(e)), false));
        }
    }

    Response action(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        if (p.getActions() == null || p.getActions().isEmpty()) {
            return ctx.ack();
        }
        String team = p.getTeam() != null ? p.getTeam().getId() : p.getUser().getTeamId();
        BlockActionPayload.Action pressed = p.getActions().get(0);
        ActionIds.Decoded id = ActionIds.decode(pressed.getActionId());
        String value = id.value() != null ? id.value() : pressed.getValue();
        try {
            budget.within(() -> {
                Actor actor = users.actor(team, p.getUser().getId(), p.getUser().getName());
                String selected = pressed.getSelectedUser();
                Reply reply = engine.action(new ActionEvent(Workspaces.of(team), actor, id.id(), value, selected,
                        clock.instant(), selected == null ? null : users.person(team, selected, null)));
                budget.later(() -> show(team, p, pressed, reply));
                return reply;
            }, late -> { }, failed -> tell(team, p, Reply.text(explain(failed))));
        } catch (Exception e) {
            budget.later(() -> tell(team, p, Reply.text(explain(e))));
        }
        return ctx.ack();
    }

    /** Shows the outcome of a button press where the person pressed it. */
    private void show(String team, BlockActionPayload p, BlockActionPayload.Action pressed, Reply reply) {
        try {
            BlockActionPayload.Container container = p.getContainer();
            if (container != null && "view".equals(container.getType())) {
                home.publish(team, p.getUser().getId());
                return;
            }
            if (reply.isEmpty()) {
                return;
            }
            if (reply.replaceOriginal() && BlockKit.soleCard(pressed.getBlockId())) {
                Reply first = Reply.of(reply.cards().get(0));
                if (container != null && !container.isEphemeral() && container.getChannelId() != null) {
                    api.update(team, container.getChannelId(), container.getMessageTs(), BlockKit.blocks(first),
                            BlockKit.fallback(first));
                } else {
                    JsonObject replace = message(first, false);
                    replace.addProperty("replace_original", true);
                    api.respond(p.getResponseUrl(), replace.toString());
                }
                List<io.rapport.core.message.Card> rest = reply.cards().subList(1, reply.cards().size());
                if (!rest.isEmpty()) {
                    tell(team, p, new Reply(rest, false, false));
                }
                return;
            }
            tell(team, p, reply);
        } catch (RuntimeException e) {
            LOG.warn("Could not show the result of a button press: {}", e.getMessage());
        }
    }

    /** A private answer to the person who pressed: through the response_url, else as an ephemeral message. */
    private void tell(String team, BlockActionPayload p, Reply reply) {
        try {
            if (p.getResponseUrl() != null) {
                JsonObject json = message(reply, false);
                json.addProperty("replace_original", false);
                api.respond(p.getResponseUrl(), json.toString());
            } else if (p.getChannel() != null) {
                api.postEphemeral(team, p.getChannel().getId(), p.getUser().getId(), BlockKit.blocks(reply),
                        BlockKit.fallback(reply));
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not answer a button press: {}", e.getMessage());
        }
    }

    /** The JSON of a message answered to a command or through a response_url. */
    static JsonObject message(Reply reply, boolean forceChannel) {
        JsonObject json = new JsonObject();
        json.addProperty("response_type", reply.visibleToChannel() || forceChannel ? "in_channel" : "ephemeral");
        json.addProperty("text", BlockKit.fallback(reply));
        json.add("blocks", BlockKit.jsonTree(BlockKit.blocks(reply)));
        return json;
    }

    private static String explain(Exception e) {
        if (e instanceof StoreException || e instanceof JedisException) {
            LOG.warn("Redis unavailable during a Slack interaction: {}", e.getMessage());
            return STORAGE_DOWN;
        }
        LOG.error("A Slack interaction failed", e);
        return BROKEN;
    }
}
