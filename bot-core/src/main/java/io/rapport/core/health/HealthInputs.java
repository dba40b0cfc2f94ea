package io.rapport.core.health;

import io.rapport.core.model.Commitment;
import io.rapport.core.model.Customer;
import io.rapport.core.model.FeedbackEntry;
import io.rapport.core.model.Touch;
import io.rapport.core.port.CustomerStats;
import java.util.List;

/**
 * What the score is computed from, read from the store by the caller.
 *
 * @param recent         the newest touches of the timeline (complaints are counted from them)
 * @param openComplaints complaints not yet acknowledged (their validate nudge still pending)
 */
public record HealthInputs(Customer customer, CustomerStats stats, List<Touch> recent, List<Commitment> commitments,
                           List<FeedbackEntry> feedback, int openComplaints) {
}
