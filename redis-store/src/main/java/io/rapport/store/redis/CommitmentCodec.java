package io.rapport.store.redis;

import io.rapport.core.model.Commitment;
import io.rapport.core.port.StoreException;
import java.util.Map;

/**
 * A promise in the workspace's {@code promises} hash, in a compact positional form (see {@link Compact}):
 * {@code status␟customer␟owner id␟owner name␟due␟created␟closed at␟text}. The id is the hash field and not
 * repeated; the status is one letter. Promises written before this form are JSON and still read.
 */
final class CommitmentCodec {

    private static final int FIELDS = 8;
    private static final Map<Commitment.Status, Character> STATUSES = Map.of(Commitment.Status.OPEN, 'O',
            Commitment.Status.KEPT, 'K', Commitment.Status.CANCELLED, 'C');

    private CommitmentCodec() {
    }

    static String encode(Commitment promise) {
        return new Compact.Writer().text(String.valueOf(STATUSES.get(promise.status()))).text(promise.customerId())
                .person(promise.owner()).at(promise.due()).at(promise.createdAt()).at(promise.closedAt())
                .text(promise.text()).toString();
    }

    static Commitment decode(String id, String stored) {
        if (stored.startsWith("{")) {
            return Json.read(stored, Commitment.class, id);
        }
        try {
            Compact.Reader in = new Compact.Reader(stored, FIELDS);
            Commitment.Status status = NudgeCodec.letter(STATUSES, in.text().charAt(0));
            String customerId = in.text();
            var owner = in.person();
            var due = in.at();
            var createdAt = in.at();
            var closedAt = in.at();
            return new Commitment(id, customerId, owner, in.text(), due, createdAt, status, closedAt);
        } catch (RuntimeException e) {
            throw new StoreException("stored Commitment " + id + " is unreadable", e);
        }
    }
}
