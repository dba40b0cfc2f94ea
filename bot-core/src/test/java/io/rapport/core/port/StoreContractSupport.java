package io.rapport.core.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rapport.core.model.Commitment;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.FeedbackEntry;
import io.rapport.core.model.ImportantDate;
import io.rapport.core.model.Note;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Person;
import io.rapport.core.model.Tier;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Fixtures and lifecycle shared by the store contract's parts: a fresh store and workspace per test,
 * records to write, and clean-up for backends that outlive a test.
 */
public abstract class StoreContractSupport {

    /** Long past, so that a shared server's other due work is never due at the times used here. */
    protected static final Instant T0 = Instant.parse("2001-02-03T04:05:06Z");
    protected static final Person ALICE = new Person("U-alice", "Alice");
    protected static final Person BOB = new Person("U-bob", "Bob");

    protected Store store;
    protected String ws;
    private final List<String> workspacesUsed = new ArrayList<>();

    /** A store for one test. It may share its backend with other tests; workspaces keep them apart. */
    protected abstract Store newStore();

    /** How many touches the store from {@link #newStore()} keeps per customer. */
    protected abstract int timelineBound();

    /** Removes what a test wrote, where the backend outlives the test. */
    protected void forgetWorkspace(String workspace) {
    }

    @BeforeEach
    void openStore() {
        store = newStore();
        ws = newWorkspace();
    }

    @AfterEach
    void forgetWorkspaces() {
        workspacesUsed.forEach(this::forgetWorkspace);
    }

    protected String newWorkspace() {
        String workspace = "contract-" + UUID.randomUUID();
        workspacesUsed.add(workspace);
        return workspace;
    }

    /**
     * Claims up to {@code limit} nudges of this test's workspaces. On a shared backend, leftovers of
     * other runs may be due at these old times too; they are left leased (nothing real is due in 2001)
     * and claiming goes on until none turn up, so they never take this test's share of the limit.
     */
    protected List<Claim> claimMine(Instant now, Duration lease, int limit) {
        List<Claim> mine = new ArrayList<>();
        boolean foreign = true;
        while (foreign && mine.size() < limit) {
            foreign = false;
            for (Claim claim : store.claimDue(now, lease, limit - mine.size())) {
                if (workspacesUsed.contains(claim.workspace())) {
                    mine.add(claim);
                } else {
                    foreign = true;
                }
            }
        }
        return mine;
    }

    /** A profile with one of everything kept beside it: a touch, a promise, a note, a date, feedback, nudges. */
    protected void seedCustomerWithEverything(String id, String name, String channel) {
        put(new Change.PutCustomer(customer(id, name, channel)),
                touchChange("t-" + id, id, T0),
                new Change.PutCommitment(promise("p-" + id, id)),
                new Change.AddNote(new Note("o-" + id, id, ALICE, "likes tea", T0)),
                new Change.PutDate(new ImportantDate(id, "renewal", LocalDate.of(2001, 9, 1), ALICE)),
                new Change.AddFeedback(new FeedbackEntry("f-" + id, id, 5, "thanks", ALICE, T0)),
                new Change.PutNudge(nudge("due-" + id, id, "due:" + id, NudgeState.SCHEDULED, T0)),
                new Change.PutNudge(nudge("open-" + id, id, "open:" + id, NudgeState.OPEN, T0)),
                new Change.PutNudge(nudge("done-" + id, id, "done:" + id, NudgeState.DONE, T0)));
    }

    protected void put(Change... changes) {
        store.commit(ws, List.of(), List.of(changes));
    }

    protected static Customer customer(String id, String name, String... channels) {
        return new Customer(id, name, Tier.KEY, ALICE, List.of(channels), List.of(new Person("X-1", "Xu")), T0);
    }

    protected static Touch touch(String id, String customerId, TouchKind kind, Direction direction, Instant at) {
        return new Touch(id, customerId, kind, direction, Person.of("X-1"), at, "", "command");
    }

    protected static Change touchChange(String id, String customerId, Instant at) {
        return new Change.AddTouch(touch(id, customerId, TouchKind.CALL, Direction.OUT, at));
    }

    protected static Commitment promise(String id, String customerId) {
        return new Commitment(id, customerId, ALICE, "send the deck", T0.plus(Duration.ofDays(2)), T0,
                Commitment.Status.OPEN, null);
    }

    protected static Nudge nudge(String id, String customerId, String key, NudgeState state, Instant dueAt) {
        return new Nudge(id, customerId, "reciprocate", key, ALICE, state, dueAt, T0, 0, 0,
                Map.of("kind", "gift", "who", "Xu"), null, null);
    }

    protected static List<String> touchIds(List<Touch> touches) {
        return touches.stream().map(Touch::id).toList();
    }

    protected static List<String> nudgeIds(List<Nudge> nudges) {
        return nudges.stream().map(Nudge::id).toList();
    }

    /** Same elements, same multiplicity, any order. */
    protected static <T> void assertSameElements(List<T> expected, List<T> actual) {
        assertEquals(counts(expected), counts(actual), () -> "expected " + expected + " but was " + actual);
    }

    private static <T> Map<T, Integer> counts(List<T> items) {
        Map<T, Integer> counts = new HashMap<>();
        items.forEach(item -> counts.merge(item, 1, Integer::sum));
        return counts;
    }
}
