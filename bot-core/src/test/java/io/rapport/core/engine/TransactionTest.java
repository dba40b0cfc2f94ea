package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.rapport.core.model.Audience;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Person;
import io.rapport.core.model.Tier;
import io.rapport.core.port.Change;
import io.rapport.core.rule.Decision;
import io.rapport.core.rulebook.RulebookLoader;
import io.rapport.core.testing.InMemoryStore;
import io.rapport.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How decisions meet the nudges already there: keep, re-plan, cancel, and plan again on a race. */
class TransactionTest {
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final Person ALEX = new Person("alex", "Alex");
    private final InMemoryStore store = new InMemoryStore();
    private final MutableClock clock = new MutableClock(T0);
    private Context context;

    @BeforeEach
    void setUp() {
        context = new Context(store, RulebookLoader.defaults(), clock, List.of());
        store.commit("w", List.of(), List.of(new Change.PutCustomer(new Customer("c1", "Acme", Tier.KEY, ALEX,
                List.of(), List.of(), T0))));
    }

    private void decide(Decision... decisions) {
        Transaction.run(context, "w", tx -> tx.apply("r", "c1", List.of(decisions)));
    }

    private static Decision.Schedule at(Duration after, String data) {
        return new Decision.Schedule("k", ALEX, T0.plus(after), Map.of("v", data));
    }

    private Nudge current() {
        return store.activeNudge("w", "k").orElseThrow();
    }

    @Test
    void keep_leaves_an_active_nudge_as_it_is() {
        decide(at(Duration.ofDays(1), "first"));
        decide(at(Duration.ofDays(5), "second"));
        assertEquals("first", current().get("v"));
        assertEquals(T0.plus(Duration.ofDays(1)), current().dueAt());
    }

    @Test
    void replace_moves_a_scheduled_nudge_keeping_its_id() {
        decide(at(Duration.ofDays(1), "first"));
        String id = current().id();
        decide(at(Duration.ofDays(5), "second").replacing().toTeam());
        assertEquals(id, current().id());
        assertEquals("second", current().get("v"));
        assertEquals(T0.plus(Duration.ofDays(5)), current().dueAt());
        assertEquals(Audience.TEAM, current().audience());
    }

    @Test
    void replace_cancels_a_delivered_nudge_and_schedules_a_fresh_one() {
        decide(at(Duration.ofDays(1), "first"));
        Nudge delivered = current().delivered();
        store.commit("w", List.of(), List.of(new Change.PutNudge(delivered)));
        decide(at(Duration.ofDays(5), "second").replacing());
        assertEquals(NudgeState.CANCELLED, store.nudge("w", delivered.id()).orElseThrow().state());
        assertEquals("rule:r", store.nudge("w", delivered.id()).orElseThrow().closedBy());
        assertEquals(NudgeState.SCHEDULED, current().state());
        assertEquals(0, current().deliveries());
    }

    @Test
    void a_key_cleared_earlier_in_the_same_batch_is_free_later_in_it() {
        decide(at(Duration.ofDays(1), "first"));
        String first = current().id();
        decide(new Decision.Clear("k"), at(Duration.ofDays(2), "again"));
        assertEquals("again", current().get("v"));
        assertEquals(NudgeState.CANCELLED, store.nudge("w", first).orElseThrow().state());
    }

    @Test
    void a_workspace_wide_nudge_belongs_to_no_customer() {
        decide(at(Duration.ofDays(1), "digest").forWorkspace().expiring(T0.plus(Duration.ofDays(2))));
        assertNull(current().customerId());
        assertEquals(T0.plus(Duration.ofDays(2)), current().expiresAt());
    }

    @Test
    void a_nudge_written_meanwhile_makes_the_plan_run_again_on_fresh_state() {
        AtomicInteger plans = new AtomicInteger();
        Transaction.run(context, "w", tx -> {
            tx.apply("r", "c1", List.of(at(Duration.ofDays(1), "mine")));
            if (plans.incrementAndGet() == 1) {
                // another instance schedules the same key between this plan's read and its commit
                store.commit("w", List.of(), List.of(new Change.PutNudge(new Nudge("x1", "c1", "r", "k", ALEX,
                        NudgeState.SCHEDULED, T0, T0, 0, 0, Map.of("v", "theirs"), null, null))));
            }
        });
        assertEquals(2, plans.get());
        assertEquals("theirs", current().get("v"), "the second plan saw it and kept it");
        assertEquals(1, store.activeNudges("w").size());
    }
}
