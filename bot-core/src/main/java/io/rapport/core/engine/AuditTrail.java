package io.rapport.core.engine;

import io.rapport.core.command.Command;
import io.rapport.core.event.Actor;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.message.Card;
import io.rapport.core.message.Fact;
import io.rapport.core.message.Reply;
import io.rapport.core.model.AuditEntry;
import io.rapport.core.port.Change;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Who may do what an admin does, what such an action writes to the workspace's audit log (in the same commit as
 * the action), and the {@code audit} command that reads the log back.
 */
final class AuditTrail {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);
    private final Context context;

    AuditTrail(Context context) {
        this.context = context;
    }

    /** Refuses anyone but an admin, saying what they tried: {@code what} reads "forget a customer". */
    static void requireAdmin(Actor actor, String what) {
        if (!actor.admin()) {
            throw new UserError("Only workspace admins can " + what + ". Ask an admin to run it.");
        }
    }

    /** The entry recording that {@code actor} did {@code action} to {@code target} now. */
    Change.Audit entry(Actor actor, String action, String target) {
        return new Change.Audit(new AuditEntry(context.now(), actor.person(), action, target));
    }

    Reply show(CommandEvent e, Command.Audit c) {
        requireAdmin(e.actor(), "read the audit log");
        List<AuditEntry> entries = context.store().auditLog(e.workspace(), c.limit());
        if (entries.isEmpty()) {
            return Reply.of(new Card("Audit log", "Nothing recorded yet. Forgetting a customer, choosing the team "
                    + "channel, and installing or uninstalling Rapport are written here.", List.of(), List.of(), null));
        }
        List<Fact> rows = entries.stream().map(entry -> new Fact(WHEN.format(entry.at().atZone(e.actor().zone())),
                entry.who().name() + " (" + entry.who().id() + "): " + entry.what())).toList();
        String more = entries.size() == c.limit() && c.limit() < Command.Audit.MAX
                ? "Older entries: audit " + Math.min(Command.Audit.MAX, c.limit() * 2) : null;
        String body = "The newest " + entries.size() + " admin and destructive actions in this workspace, newest "
                + "first. Entries are never removed, not even by forget.";
        return Reply.of(new Card("Audit log", body, rows, List.of(), more));
    }
}
