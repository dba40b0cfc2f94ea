package io.rapport.core.port;

import io.rapport.core.model.Commitment;
import io.rapport.core.model.Customer;
import io.rapport.core.model.FeedbackEntry;
import io.rapport.core.model.ImportantDate;
import io.rapport.core.model.Note;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Touch;

/**
 * One write of a {@link Store#commit} batch. A batch is applied whole or not at all.
 */
public sealed interface Change {

    /** Creates or replaces a profile; keeps the name index and the channel index in step. */
    record PutCustomer(Customer customer) implements Change {
    }

    /** Deletes the customer and everything kept about it: timeline, promises, notes, dates, feedback, nudges. */
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
}
