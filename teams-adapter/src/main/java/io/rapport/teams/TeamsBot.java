package io.rapport.teams;

import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import io.rapport.core.message.Card;
import io.rapport.core.model.AuditEntry;
import io.rapport.core.model.Person;
import io.rapport.core.port.Change;
import io.rapport.core.port.Store;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's turn: messages and card actions go to {@link MessageHandler}; installs, removals and
 * uninstalls keep the stored conversation references current. Adding Rapport to a team or group chat, and
 * removing it, are written to the workspace's audit log (a person installing it for themselves is not).
 * Anything else is acknowledged and ignored. Nothing here waits on the connector: replies are queued on the
 * {@link ConnectorSender}.
 */
final class TeamsBot implements Bot {
    private static final Logger LOG = LoggerFactory.getLogger(TeamsBot.class);
    private static final String WELCOME = "Hi, I'm Rapport. I keep an eye on your customer relationships and nudge "
            + "you when a customer deserves a thank-you, an answer or a follow-up. Type help to see what I can do, "
            + "or add Acme to start with a customer.";
    private final MessageHandler messages;
    private final TeamsState state;
    private final ConnectorSender sender;
    private final Store store;
    private final Clock clock;

    TeamsBot(MessageHandler messages, TeamsState state, ConnectorSender sender, Store store, Clock clock) {
        this.messages = messages;
        this.state = state;
        this.sender = sender;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn) {
        Activity a = turn.getActivity();
        String workspace = Inbound.workspace(Inbound.tenant(a));
        String type = a.getType() == null ? "" : a.getType();
        if (type.equals(ActivityTypes.MESSAGE)) {
            messages.onMessage(turn, workspace);
        } else if (type.equals(ActivityTypes.INVOKE)) {
            return messages.onInvoke(turn, workspace);
        } else if (type.equals(ActivityTypes.CONVERSATION_UPDATE)) {
            onConversationUpdate(a, workspace);
        } else if (type.equals(ActivityTypes.INSTALLATION_UPDATE)) {
            onInstallationUpdate(a, workspace);
        }
        return CompletableFuture.completedFuture(null);
    }

    private void onConversationUpdate(Activity a, String workspace) {
        String botId = a.getRecipient() == null ? null : a.getRecipient().getId();
        TeamsChannelData data = Inbound.channelData(a);
        String event = data == null ? null : data.getEventType();
        if (includes(a.getMembersAdded(), botId)) {
            installed(a, workspace);
        }
        if (includes(a.getMembersRemoved(), botId)) {
            removed(a, workspace);
        }
        if ("channelDeleted".equals(event) && data.getChannel() != null && data.getChannel().getId() != null) {
            state.removeChannelReference(workspace, data.getChannel().getId());
        }
    }

    private void onInstallationUpdate(Activity a, String workspace) {
        String action = a.getAction() == null ? "" : a.getAction();
        if (action.startsWith("add")) {
            installed(a, workspace);
        } else if (action.startsWith("remove")) {
            removed(a, workspace);
        }
    }

    /** Keep where to reach this chat or team; greet a person who just installed Rapport for themselves. */
    private void installed(Activity a, String workspace) {
        ConversationReference ref = reference(a);
        if (Inbound.isPersonal(a)) {
            ChannelAccount user = a.getFrom();
            if (user == null || user.getId() == null) {
                return;
            }
            boolean known = state.userReference(workspace, user.getId()).isPresent();
            state.saveUserReference(workspace, user.getId(), user.getName(), ref);
            if (!known) {
                sender.sendLater(workspace, ref, AdaptiveCards.message(Card.text(WELCOME), java.util.Map.of()),
                        "welcome:" + user.getId() + ":" + a.getConversation().getId());
            }
            LOG.info("Rapport installed for a person in {}", workspace);
        } else {
            String channel = Inbound.channelKey(a);
            state.saveChannelReference(workspace, channel, Inbound.teamId(a), ref);
            audit(a, workspace, "install");
            LOG.info("Rapport added to a {} in {}", Inbound.conversationType(a), workspace);
        }
    }

    private void removed(Activity a, String workspace) {
        if (Inbound.isPersonal(a)) {
            if (a.getFrom() != null && a.getFrom().getId() != null) {
                state.removeUserReference(workspace, a.getFrom().getId());
            }
        } else {
            String team = Inbound.teamId(a);
            int channels = team == null ? 0 : state.removeTeam(workspace, team);
            state.removeChannelReference(workspace, Inbound.channelKey(a));
            audit(a, workspace, "uninstall");
            LOG.info("Rapport removed from a {} in {}; forgot {} channel(s)", Inbound.conversationType(a),
                    workspace, channels + 1);
        }
    }

    /** "install Rapport in Teams channel 19:…", by whoever Teams says did it; once, though Teams redelivers. */
    private void audit(Activity a, String workspace, String action) {
        String seen = a.getId() == null ? null : "audit:" + Inbound.key(a);
        if (seen != null && !state.firstSighting(workspace, seen)) {
            return;
        }
        ChannelAccount from = a.getFrom();
        Person who = from == null || from.getId() == null ? new Person("teams", "Teams")
                : new Person(from.getId(), from.getName());
        String target = "Rapport in Teams " + Inbound.conversationType(a) + " " + Inbound.channelKey(a);
        try {
            store.commit(workspace, List.of(), List.of(new Change.Audit(new AuditEntry(clock.instant(), who, action,
                    target))));
        } catch (RuntimeException e) {
            if (seen != null) {
                state.forgetSighting(workspace, seen);
            }
            throw e;
        }
    }

    private static boolean includes(List<ChannelAccount> members, String id) {
        return id != null && members != null && members.stream().anyMatch(m -> m != null && id.equals(m.getId()));
    }

    /**
     * Where to send later: the chat or channel itself (never a thread, never "in reply to" an old message),
     * so a proactive post starts a new conversation in the channel.
     */
    static ConversationReference reference(Activity a) {
        ConversationReference ref = a.getConversationReference();
        ref.setActivityId(null);
        if (!Inbound.isPersonal(a)) {
            ref.setUser(null); // a channel post is for the channel, not for whoever happened to speak there
        }
        ConversationAccount conversation = ref.getConversation();
        if (conversation != null && conversation.getId() != null) {
            ConversationAccount copy = ConversationAccount.clone(conversation);
            copy.setId(Inbound.channelKey(a));
            if (copy.getTenantId() == null) {
                copy.setTenantId(Inbound.tenant(a));
            }
            ref.setConversation(copy);
        }
        return ref;
    }
}
