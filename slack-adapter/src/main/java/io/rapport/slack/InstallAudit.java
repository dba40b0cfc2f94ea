package io.rapport.slack;

import io.rapport.core.model.AuditEntry;
import io.rapport.core.model.Person;
import io.rapport.core.port.Change;
import io.rapport.core.port.Store;
import java.time.Clock;
import java.util.List;

/** Writes installing and uninstalling Rapport in a Slack workspace to that workspace's audit log. */
final class InstallAudit {
    /** Who an uninstall is by: Slack tells the event, not the person. */
    static final Person SLACK = new Person("slack", "Slack");
    private final Store store;
    private final Clock clock;

    InstallAudit(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** @param userId who installed, or null when Slack did not say */
    void installed(String team, String userId) {
        append(team, userId == null ? SLACK : Person.of(userId), "install", "Rapport in Slack workspace " + team);
    }

    /** @param event {@code app_uninstalled} or {@code tokens_revoked} */
    void uninstalled(String team, String event) {
        append(team, SLACK, "uninstall", "Slack " + event + ": every Slack token of workspace " + team + " deleted");
    }

    private void append(String team, Person who, String action, String target) {
        store.commit(Workspaces.of(team), List.of(),
                List.of(new Change.Audit(new AuditEntry(clock.instant(), who, action, target))));
    }
}
