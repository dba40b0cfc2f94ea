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
import io.rapport.core.model.TouchKind;

/**
 * One write of a {@link Store#commit} batch. A batch is applied whole or not at all.
 */
public sealed interface Change {

    /** Creates or replaces a profile; keeps the name index and the channel index in step. */
    record PutCustomer(Customer customer) implements Change {
    }

    /**
     * Deletes the customer and everything kept about it: timeline, promises, notes, dates, feedback, nudges,
     * health history and corrections.
     */
    record DeleteCustomer(String customerId) implements Change {
    }

    /** Appends to the bounded timeline and updates the customer's {@link CustomerStats}. */
    record AddTouch(Touch touch) implements Change {
    }

    record PutCommitment(Commitment commitment) implements Change {
    }

    record AddNote(Note note) implements Change {
    }

    /** One date per label: setting a label again replaces it. */
    record PutDate(ImportantDate date) implements Change {
    }

    record AddFeedback(FeedbackEntry entry) implements Change {
    }

    /** A workspace setting, e.g. {@code team_channel}; a null value removes it. */
    record PutSetting(String name, String value) implements Change {
    }

    /**
     * Creates or replaces a nudge. A {@code SCHEDULED} nudge is in the due index at its {@code dueAt};
     * any other state is not. An active nudge owns its key; a final one releases it.
     */
    record PutNudge(Nudge nudge) implements Change {
    }

    /**
     * Re-kinds a touch still on the timeline, when it has kind {@code from} (a detection a teammate corrected),
     * and moves the gesture counters of {@link CustomerStats} with it. A touch that is gone or already has
     * another kind is left alone, so applying the change twice is the same as once.
     */
    record CorrectTouch(String customerId, String touchId, TouchKind from, TouchKind to) implements Change {
    }

    /** Keeps a correction under its customer and message; a second one for the same message replaces it. */
    record PutCorrection(Correction correction) implements Change {
    }

    /**
     * Sets the customer's score for the point's day (replacing that day's). The history keeps at least the
     * {@link Store#HEALTH_DAYS} days before the newest day written and drops older ones.
     */
    record PutHealth(HealthPoint point) implements Change {
    }

    /**
     * Remembers {@code token} for {@link #REMEMBERED}, so a later batch expecting it {@link Expectation.Unseen}
     * fails. Longer than Slack retries an event and than an instance's pending inbox entries wait for its restart
     * on a normal day; each token costs Redis about a hundred bytes for that long.
     */
    record Seen(String token) implements Change {
        public static final java.time.Duration REMEMBERED = java.time.Duration.ofDays(1);
    }

    /**
     * Appends to the workspace's append-only audit log, in the same atomic batch as the change it records.
     * Nothing removes an entry: a later {@link DeleteCustomer} of the customer it names leaves it.
     */
    record Audit(AuditEntry entry) implements Change {
    }
}
