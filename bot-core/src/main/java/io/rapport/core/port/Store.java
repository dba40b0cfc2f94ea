package io.rapport.core.port;

import io.rapport.core.model.AuditEntry;
import io.rapport.core.model.Commitment;
import io.rapport.core.model.Correction;
import io.rapport.core.model.Customer;
import io.rapport.core.model.FeedbackEntry;
import io.rapport.core.model.HealthPoint;
import io.rapport.core.model.ImportantDate;
import io.rapport.core.model.Note;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Touch;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where relationship state lives. Every method is scoped to one workspace (a Slack workspace, a Teams
 * tenant, or {@code local}); nothing written in one workspace is readable from another.
 * Failures are {@link StoreException}s; after one, a write may or may not have happened (the storage may
 * have applied it just before the connection failed), so writes are planned to be safe to retry.
 */
public interface Store {

    /** How many days of health history a store keeps at least (the digest and trends look 30 days back). */
    int HEALTH_DAYS = 60;

    List<Customer> customers(String workspace);

    Optional<Customer> customer(String workspace, String customerId);

    Optional<Customer> customerByChannel(String workspace, String channel);

    /** Newest recorded first, at most {@code limit}. The timeline is bounded; the oldest recorded fall off. */
    List<Touch> touches(String workspace, String customerId, int limit);

    CustomerStats stats(String workspace, String customerId);

    List<Commitment> commitments(String workspace, String customerId);

    Optional<Commitment> commitment(String workspace, String commitmentId);

    /** Oldest first, in the order they were added. */
    List<Note> notes(String workspace, String customerId);

    List<ImportantDate> dates(String workspace, String customerId);

    /** Oldest first, in the order they were added. */
    List<FeedbackEntry> feedback(String workspace, String customerId);

    Optional<Nudge> nudge(String workspace, String nudgeId);

    Optional<Nudge> activeNudge(String workspace, String key);

    /** Every scheduled or open nudge in the workspace. */
    List<Nudge> activeNudges(String workspace);

    /** The scheduled or open nudges about one customer. */
    List<Nudge> activeNudges(String workspace, String customerId);

    /** The customer's daily health scores, oldest day first. */
    List<HealthPoint> healthHistory(String workspace, String customerId);

    /** The correction kept for a message of this customer, if a teammate made one. */
    Optional<Correction> correction(String workspace, String customerId, String messageKey);

    /** A workspace setting written with {@link Change.PutSetting}. */
    Optional<String> setting(String workspace, String name);

    /**
     * The workspace's audit log ({@link Change.Audit}), newest first, at most {@code limit}. Entries stay for
     * good; no change removes them.
     */
    List<AuditEntry> auditLog(String workspace, int limit);

    /** A short id unique in the workspace, e.g. {@code n12} for prefix {@code n}. */
    String newId(String workspace, String prefix);

    /**
     * Applies every change, or none if an expectation fails ({@link ConflictException}). Writing a nudge ends
     * any lease on it, so a snooze or a "done" made while a scheduler delivers it is not undone by that
     * scheduler's {@link #complete}.
     */
    void commit(String workspace, List<Expectation> expectations, List<Change> changes);

    /**
     * Leases up to {@code limit} scheduled nudges whose due time is at or before {@code now}, across
     * workspaces. Two schedulers never hold the same nudge at once; a lease that is neither completed nor
     * released by {@code now + lease} lets the nudge be claimed again.
     */
    default List<Claim> claimDue(Instant now, Duration lease, int limit) {
        return claimDue(now, lease, limit, workspace -> true);
    }

    /**
     * {@link #claimDue(Instant, Duration, int)} in the workspaces {@code workspaces} accepts only: a scheduler
     * delivering through one platform leaves the others' nudges to theirs.
     */
    List<Claim> claimDue(Instant now, Duration lease, int limit, Predicate<String> workspaces);

    /**
     * Ends the lease by writing {@code updated} (normally {@code OPEN} after delivery). Returns false,
     * writing nothing, when the lease was lost to another scheduler.
     */
    boolean complete(Claim claim, Nudge updated);

    /**
     * Ends the lease by writing {@code updated}, which must be {@code SCHEDULED} (else
     * {@link IllegalArgumentException}): it becomes due again at its {@code dueAt} (a retry with backoff, or
     * a release at shutdown). False when the lease was lost.
     */
    boolean release(Claim claim, Nudge updated);

    /** Workspaces that have ever been written to. */
    Set<String> workspaces();

    /** True when storage answers. */
    boolean ping();
}
