package io.rapport.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import io.rapport.core.engine.Engine;
import io.rapport.core.event.ActionEvent;
import io.rapport.core.event.Actor;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.event.ObservedMessage;
import io.rapport.core.message.Card;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Person;
import io.rapport.core.port.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages and card actions. In a personal chat every message is a command; in a channel or group chat a
 * message that mentions Rapport is a command, and any other message in a channel linked to a customer is
 * observed (a touch, a gesture, a timer). Answers are queued on the sender; this never waits on Teams.
 */
final class MessageHandler {
    private static final Logger LOG = LoggerFactory.getLogger(MessageHandler.class);
    private static final String PRIVATE_NOTICE = "This answer may hold details the customer's people in this channel "
            + "shouldn't see. Open a chat with Rapport (Apps → Rapport) and ask there.";
    private final Engine engine;
    private final Store store;
    private final TeamsState state;
    private final ConnectorSender sender;
    private final Clock clock;
    private final Set<String> admins;
    private final ZoneId defaultZone;

    MessageHandler(Engine engine, Store store, TeamsState state, ConnectorSender sender, Clock clock,
                   Set<String> admins) {
        this.engine = engine;
        this.store = store;
        this.state = state;
        this.sender = sender;
        this.clock = clock;
        this.admins = Set.copyOf(admins);
        this.defaultZone = engine.rulebook().team().timezone();
    }

    /** A queued message's turn, run by the inbox worker (retries were dropped when it was queued). */
    void onMessage(TurnContext turn, String workspace) {
        Activity a = turn.getActivity();
        if (a.getFrom() == null || a.getFrom().getId() == null || a.getConversation() == null
                || a.getConversation().getId() == null) {
            return;
        }
        handle(turn, workspace, a);
    }

    /**
     * Saves where to answer a message, on the request thread before it is queued: a personal chat's reference
     * (and the person among the teammates Rapport can reach), or a channel's when Rapport is mentioned there.
     * Installs and removals are handled on the request thread too, so the references change in the order Teams
     * sent those activities; a message still queued never brings back a reference a removal deleted.
     */
    void remember(String workspace, Activity a) {
        if (a.getFrom() == null || a.getFrom().getId() == null || a.getConversation() == null || isCardAction(a)) {
            return;
        }
        if (Inbound.isPersonal(a)) {
            state.saveUserReference(workspace, a.getFrom().getId(), a.getFrom().getName(), TeamsBot.reference(a));
        } else if (MentionText.of(a).mentionsBot()) {
            state.saveChannelReference(workspace, Inbound.channelKey(a), Inbound.teamId(a), TeamsBot.reference(a));
        }
    }

    private static boolean isCardAction(Activity a) {
        return a.getValue() != null && Serialization.objectToTree(a.getValue()).hasNonNull(AdaptiveCards.ACTION);
    }

    private void handle(TurnContext turn, String workspace, Activity a) {
        JsonNode value = a.getValue() == null ? null : Serialization.objectToTree(a.getValue());
        if (value != null && value.hasNonNull(AdaptiveCards.ACTION)) {
            Reply reply = act(workspace, a, value);
            if (reply.replaceOriginal() && !reply.isEmpty() && a.getReplyToId() != null) {
                sender.updateLater(workspace, a.getConversationReference(), a.getReplyToId(),
                        render(workspace, reply.cards().get(0)));
                reply = new Reply(reply.cards().subList(1, reply.cards().size()), false, reply.visibleToChannel());
            }
            deliver(workspace, a, reply, false);
            return;
        }
        MentionText text = MentionText.of(a);
        if (Inbound.isPersonal(a)) {
            deliver(workspace, a, command(workspace, a, null, text), false);
        } else if (text.mentionsBot()) {
            String channel = Inbound.channelKey(a);
            // decided before the command runs: the answer to "link acme" may still go to the channel
            boolean customerMayRead = store.customerByChannel(workspace, channel).isPresent();
            deliver(workspace, a, command(workspace, a, channel, text), customerMayRead);
        } else {
            observe(turn, workspace, a, text);
        }
    }

    /** An Action.Execute press: the answer (usually the updated card) goes back in the invoke response. */
    CompletableFuture<Void> onInvoke(TurnContext turn, String workspace) {
        Activity a = turn.getActivity();
        if (!"adaptiveCard/action".equals(a.getName()) || a.getFrom() == null || a.getFrom().getId() == null) {
            return CompletableFuture.completedFuture(null); // the SDK answers 501: not something Rapport offers
        }
        JsonNode value = a.getValue() == null ? null : Serialization.objectToTree(a.getValue());
        JsonNode data = value == null ? null : value.path("action").path("data");
        Reply reply = act(workspace, a, data == null || data.isMissingNode() ? Serialization.createObjectNode() : data);
        ObjectNode body = Serialization.createObjectNode();
        body.put("statusCode", 200);
        if (reply.isEmpty()) {
            body.put("type", "application/vnd.microsoft.activity.message").put("value", "Done.");
        } else if (reply.replaceOriginal() || !AdaptiveCards.isPlain(reply.cards().get(0))) {
            body.put("type", AdaptiveCards.CONTENT_TYPE);
            body.set("value", AdaptiveCards.card(reply.cards().get(0), teammates(workspace)));
        } else {
            body.put("type", "application/vnd.microsoft.activity.message").put("value", reply.cards().get(0).body());
        }
        if (reply.cards().size() > 1) {
            deliver(workspace, a, new Reply(reply.cards().subList(1, reply.cards().size()), false, false), false);
        }
        Activity response = new Activity(ActivityTypes.INVOKE_RESPONSE);
        response.setValue(new InvokeResponse(200, body));
        return turn.sendActivity(response).thenApply(r -> null);
    }

    private Reply act(String workspace, Activity a, JsonNode data) {
        String action = data.path(AdaptiveCards.ACTION).asText("");
        String value = data.path(AdaptiveCards.VALUE).asText("");
        String input = data.hasNonNull(AdaptiveCards.INPUT) ? data.get(AdaptiveCards.INPUT).asText() : null;
        Actor actor = actor(a);
        if (action.equals("reassign") && input != null && !input.isBlank()) {
            String name = state.people(workspace).get(input);
            if (name == null) {
                return Reply.text("Rapport can't reach that person in Teams yet: they need to open a chat with "
                        + "Rapport first.");
            }
            // typed form of the same command, so the picked teammate's name comes along as a mention
            Reply reply = engine.command(new CommandEvent(workspace, actor, null, "reassign " + value + " @" + input,
                    Map.of(input, new Person(input, name)), clock.instant()));
            boolean settled = !reply.isEmpty() && !AdaptiveCards.isPlain(reply.cards().get(0));
            return settled ? new Reply(reply.cards(), true, false) : reply;
        }
        return engine.action(new ActionEvent(workspace, actor, action, value, input, clock.instant()));
    }

    private Reply command(String workspace, Activity a, String channel, MentionText text) {
        if (text.text().isBlank()) {
            return engine.command(new CommandEvent(workspace, actor(a), channel, "help", Map.of(), clock.instant()));
        }
        return engine.command(new CommandEvent(workspace, actor(a), channel, text.text(), text.mentions(),
                clock.instant()));
    }

    private void observe(TurnContext turn, String workspace, Activity a, MentionText text) {
        String channel = Inbound.channelKey(a);
        Optional<Customer> customer = store.customerByChannel(workspace, channel);
        // "28:" ids are bots (other apps in the channel): not a person, not a touch
        if (customer.isEmpty() || text.text().isBlank() || a.getFrom().getId().startsWith("28:")) {
            return;
        }
        Person author = new Person(a.getFrom().getId(), a.getFrom().getName());
        boolean fromCustomer = customer.get().isContact(author.id()) || isOutsider(turn, workspace, a.getFrom());
        Instant at = a.getTimestamp() == null ? clock.instant() : a.getTimestamp().toInstant();
        Reply reply = engine.observe(new ObservedMessage(workspace, channel, author, fromCustomer, text.text(),
                a.getId(), Inbound.threadId(a), at));
        if (!reply.isEmpty()) {
            // a note for the author (e.g. about tone) never goes into the customer's channel
            Optional<ConversationReference> dm = state.userReference(workspace, author.id());
            for (int i = 0; i < reply.cards().size(); i++) {
                if (dm.isPresent()) {
                    sender.sendLater(workspace, dm.get(), render(workspace, reply.cards().get(i)),
                            "in:" + Inbound.key(a) + ":" + i);
                } else {
                    state.recordUndelivered(workspace, "note for " + author.id() + " (no personal chat yet)");
                }
            }
        }
    }

    /** Guests and people from another tenant count as the customer's, when Teams' roster says so. */
    private boolean isOutsider(TurnContext turn, String workspace, ChannelAccount from) {
        String tenant = Inbound.tenant(turn.getActivity());
        Optional<String> known = state.memberKind(workspace, from.getId());
        if (known.isPresent()) {
            return !known.get().equals("member");
        }
        try {
            TeamsChannelAccount member = TeamsInfo.getMember(turn, from.getId()).get(3, TimeUnit.SECONDS);
            String kind = "guest".equalsIgnoreCase(member.getUserRole()) ? "guest"
                    : member.getTenantId() != null && tenant != null && !tenant.equals(member.getTenantId())
                    ? "external" : "member";
            state.saveMemberKind(workspace, from.getId(), kind);
            return !kind.equals("member");
        } catch (Exception e) {
            LOG.debug("roster lookup for {} failed; counting them as a teammate: {}", from.getId(), e.toString());
            return false;
        }
    }

    /**
     * Answers go where the question was asked: the personal chat, or the channel thread. In a channel the
     * customer's people may read, a private answer goes to the asker's personal chat instead.
     */
    private void deliver(String workspace, Activity a, Reply reply, boolean customerMayRead) {
        ConversationReference here = a.getConversationReference();
        Optional<ConversationReference> dm = customerMayRead && !reply.visibleToChannel()
                ? state.userReference(workspace, a.getFrom().getId()) : Optional.empty();
        for (int i = 0; i < reply.cards().size(); i++) {
            String key = "in:" + Inbound.key(a) + ":" + i;
            if (customerMayRead && !reply.visibleToChannel() && dm.isEmpty()) {
                sender.sendLater(workspace, here, render(workspace, Card.text(PRIVATE_NOTICE)), key);
                return;
            }
            sender.sendLater(workspace, dm.orElse(here), render(workspace, reply.cards().get(i)), key);
        }
    }

    private Activity render(String workspace, Card card) {
        return AdaptiveCards.message(card, teammates(workspace));
    }

    private Map<String, String> teammates(String workspace) {
        return state.people(workspace);
    }

    private Actor actor(Activity a) {
        ChannelAccount from = a.getFrom();
        // Set.copyOf's contains(null) throws: ids are checked before they are looked up
        boolean admin = from.getId() != null && admins.contains(from.getId()) || from.getAadObjectId() != null
                && admins.contains(from.getAadObjectId());
        return new Actor(new Person(from.getId(), from.getName()), admin, zone(a));
    }

    /** The person's own zone from Teams' clientInfo entity, else the team's. */
    private ZoneId zone(Activity a) {
        String tz = a.getLocalTimezone();
        if (a.getEntities() != null) {
            for (Entity e : a.getEntities()) {
                JsonNode node = e != null && "clientInfo".equals(e.getType()) ? e.getProperties().get("timezone") : null;
                if (node != null && node.isTextual()) {
                    tz = node.asText();
                }
            }
        }
        try {
            return tz == null ? defaultZone : ZoneId.of(tz);
        } catch (RuntimeException e) {
            return defaultZone;
        }
    }
}
