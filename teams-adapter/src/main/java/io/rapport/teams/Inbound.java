package io.rapport.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import java.util.regex.Pattern;

/** The Teams facts about an inbound activity that the adapter decides on. */
final class Inbound {
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9._-]{1,80}");
    private static final String THREAD_MARK = ";messageid=";

    private Inbound() {
    }

    /** The tenant, from the conversation or the Teams channel data; null when neither says (or it is malformed). */
    static String tenant(Activity a) {
        String tenant = a.getConversation() == null ? null : a.getConversation().getTenantId();
        if (tenant == null || tenant.isBlank()) {
            TeamsChannelData data = channelData(a);
            tenant = data == null || data.getTenant() == null ? null : data.getTenant().getId();
        }
        return tenant != null && TENANT.matcher(tenant).matches() ? tenant : null;
    }

    static String workspace(String tenant) {
        return "teams:" + tenant;
    }

    static TeamsChannelData channelData(Activity a) {
        if (a.getChannelData() == null) {
            return null;
        }
        try {
            return a.getChannelData(TeamsChannelData.class);
        } catch (Exception e) {
            return null;
        }
    }

    static String teamId(Activity a) {
        TeamsChannelData data = channelData(a);
        return data == null || data.getTeam() == null ? null : data.getTeam().getId();
    }

    /**
     * personal, channel or groupChat. Older payloads omit it: one with a team or channel in its channel data
     * is a channel message, anything else a personal chat.
     */
    static String conversationType(Activity a) {
        ConversationAccount c = a.getConversation();
        String type = c == null ? null : c.getConversationType();
        if (type != null && !type.isBlank()) {
            return type;
        }
        TeamsChannelData data = channelData(a);
        boolean inTeam = data != null && (data.getChannel() != null || data.getTeam() != null);
        return inTeam ? "channel" : "personal";
    }

    static boolean isPersonal(Activity a) {
        return conversationType(a).equals("personal");
    }

    /** The channel or chat itself: a thread reply's conversation id carries {@code ;messageid=<root>}. */
    static String channelKey(Activity a) {
        String id = a.getConversation().getId();
        int mark = id.indexOf(THREAD_MARK);
        return mark < 0 ? id : id.substring(0, mark);
    }

    /**
     * An inbound activity's identity for deduplication: Teams message ids are only unique within their
     * conversation (in a channel they are timestamps), so the conversation is part of it.
     */
    static String key(Activity a) {
        return a.getConversation().getId() + "|" + a.getId();
    }

    /** The root message of the thread a channel message belongs to, or null for a top-level post. */
    static String threadId(Activity a) {
        String id = a.getConversation().getId();
        int mark = id.indexOf(THREAD_MARK);
        return mark < 0 ? null : id.substring(mark + THREAD_MARK.length());
    }
}
