package io.rapport.core.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The nudge part of the store contract: the active-key index, the due index, claims and leases. */
@Timeout(30)
public abstract class NudgeContract extends StoreContractSupport {

    @Test
    void a_nudge_reads_back_and_while_active_is_found_by_its_key() {
        Nudge nudge = nudge("n1", "c1", "reciprocate:c1", NudgeState.SCHEDULED, T0);
        put(new Change.PutNudge(nudge));

        assertEquals(Optional.of(nudge), store.nudge(ws, "n1"));
        assertEquals(Optional.of(nudge), store.activeNudge(ws, "reciprocate:c1"));
        assertEquals(List.of(nudge), store.activeNudges(ws));
        assertEquals(Optional.empty(), store.nudge(ws, "n9"));
        assertEquals(Optional.empty(), store.activeNudge(ws, "other:c1"));
    }

    @Test
    void active_nudges_are_the_scheduled_and_open_ones() {
        Nudge scheduled = nudge("n1", "c1", "k1", NudgeState.SCHEDULED, T0);
        Nudge open = nudge("n2", "c1", "k2", NudgeState.OPEN, T0);
        Nudge done = nudge("n3", "c1", "k3", NudgeState.DONE, T0);
        Nudge cancelled = nudge("n4", "c1", "k4", NudgeState.CANCELLED, T0);
        put(new Change.PutNudge(scheduled), new Change.PutNudge(open), new Change.PutNudge(done),
                new Change.PutNudge(cancelled));

        assertSameElements(List.of(scheduled, open), store.activeNudges(ws));
        assertEquals(Optional.of(done), store.nudge(ws, "n3"), "a final nudge is still readable by id");
        assertEquals(Optional.empty(), store.activeNudge(ws, "k3"));
    }

    @Test
    void a_nudge_that_ends_releases_its_key() {
        Nudge nudge = nudge("n1", "c1", "k", NudgeState.OPEN, T0);
        put(new Change.PutNudge(nudge));
        put(new Change.PutNudge(nudge.closed(NudgeState.DONE, ALICE.id(), T0.plusSeconds(9))));

        assertEquals(Optional.empty(), store.activeNudge(ws, "k"));
        assertEquals(List.of(), store.activeNudges(ws));
        store.commit(ws, List.of(new Expectation.ActiveNudge("k", null)),
                List.of(new Change.PutNudge(nudge("n2", "c1", "k", NudgeState.SCHEDULED, T0))));
        assertEquals("n2", store.activeNudge(ws, "k").orElseThrow().id());
    }

    @Test
    void active_nudge_expectation_keeps_one_active_nudge_per_key() {
        put(new Change.PutNudge(nudge("n1", "c1", "k", NudgeState.SCHEDULED, T0)));
        Change second = new Change.PutNudge(nudge("n2", "c1", "k", NudgeState.SCHEDULED, T0));

        Expectation none = new Expectation.ActiveNudge("k", null);
        assertEquals(none, assertThrows(ConflictException.class,
                () -> store.commit(ws, List.of(none), List.of(second))).failed());
        Expectation other = new Expectation.ActiveNudge("k", "n2");
        assertEquals(other, assertThrows(ConflictException.class,
                () -> store.commit(ws, List.of(other), List.of(second))).failed());
        assertEquals(Optional.empty(), store.nudge(ws, "n2"));

        Nudge snoozed = nudge("n1", "c1", "k", NudgeState.SCHEDULED, T0.plusSeconds(3600));
        store.commit(ws, List.of(new Expectation.ActiveNudge("k", "n1")), List.of(new Change.PutNudge(snoozed)));
        assertEquals(Optional.of(snoozed), store.activeNudge(ws, "k"));
    }

    @Test
    void a_due_nudge_is_claimed_once_while_its_lease_lasts() {
        Nudge nudge = nudge("n1", "c1", "k", NudgeState.SCHEDULED, T0);
        put(new Change.PutNudge(nudge));

        List<Claim> claims = claimMine(T0, Duration.ofMinutes(5), 10);
        assertEquals(1, claims.size());
        assertEquals(new Claim(ws, nudge, claims.get(0).token()), claims.get(0));
        assertEquals(List.of(), claimMine(T0.plusSeconds(60), Duration.ofMinutes(5), 10));
    }

    @Test
    void only_scheduled_nudges_that_are_due_are_claimed() {
        put(new Change.PutNudge(nudge("later", "c1", "k1", NudgeState.SCHEDULED, T0.plusSeconds(61))),
                new Change.PutNudge(nudge("open", "c1", "k2", NudgeState.OPEN, T0)),
                new Change.PutNudge(nudge("done", "c1", "k3", NudgeState.DONE, T0)),
                new Change.PutNudge(nudge("now", "c1", "k4", NudgeState.SCHEDULED, T0.plusSeconds(60))));

        List<Claim> claims = claimMine(T0.plusSeconds(60), Duration.ofMinutes(5), 10);

        assertEquals(List.of("now"), claims.stream().map(c -> c.nudge().id()).toList());
    }

    @Test
    void claims_stop_at_the_limit_and_the_rest_stay_due() {
        for (int i = 0; i < 5; i++) {
            put(new Change.PutNudge(nudge("n" + i, "c1", "k" + i, NudgeState.SCHEDULED, T0)));
        }

        assertEquals(2, claimMine(T0, Duration.ofMinutes(5), 2).size());
        assertEquals(3, claimMine(T0, Duration.ofMinutes(5), 10).size());
    }

    @Test
    void completing_a_claim_writes_the_update_and_ends_the_lease() {
        Nudge nudge = nudge("n1", "c1", "k", NudgeState.SCHEDULED, T0);
        put(new Change.PutNudge(nudge));
        Claim claim = claimMine(T0, Duration.ofMinutes(5), 10).get(0);

        assertTrue(store.complete(claim, claim.nudge().delivered()));

        Nudge stored = store.nudge(ws, "n1").orElseThrow();
        assertEquals(NudgeState.OPEN, stored.state());
        assertEquals(1, stored.deliveries());
        assertEquals(Optional.of(stored), store.activeNudge(ws, "k"));
        assertEquals(List.of(), claimMine(T0.plus(Duration.ofHours(1)), Duration.ofMinutes(5), 10));
        assertFalse(store.complete(claim, claim.nudge().delivered()), "a lease ends once");
    }

    @Test
    void a_lease_that_runs_out_lets_another_scheduler_claim_and_the_first_holder_loses() {
        put(new Change.PutNudge(nudge("n1", "c1", "k", NudgeState.SCHEDULED, T0)));
        Duration lease = Duration.ofSeconds(30);
        Claim first = claimMine(T0, lease, 10).get(0);

        assertEquals(List.of(), claimMine(T0.plus(lease).minusMillis(1), lease, 10));
        List<Claim> again = claimMine(T0.plus(lease), lease, 10);

        assertEquals(1, again.size());
        Claim second = again.get(0);
        assertEquals("n1", second.nudge().id());
        assertNotEquals(first.token(), second.token());
        assertFalse(store.complete(first, first.nudge().delivered()));
        assertEquals(NudgeState.SCHEDULED, store.nudge(ws, "n1").orElseThrow().state(), "a lost lease writes nothing");
        assertTrue(store.complete(second, second.nudge().delivered()));
        assertEquals(NudgeState.OPEN, store.nudge(ws, "n1").orElseThrow().state());
    }

    @Test
    void a_released_nudge_comes_due_again_at_its_new_time() {
        put(new Change.PutNudge(nudge("n1", "c1", "k", NudgeState.SCHEDULED, T0)));
        Claim claim = claimMine(T0, Duration.ofMinutes(5), 10).get(0);
        Instant retryAt = T0.plusSeconds(90);

        assertTrue(store.release(claim, claim.nudge().failedAttempt(retryAt)));

        assertEquals(List.of(), claimMine(retryAt.minusMillis(1), Duration.ofMinutes(5), 10));
        Claim retry = claimMine(retryAt, Duration.ofMinutes(5), 10).get(0);
        assertEquals(1, retry.nudge().attempts());
        assertEquals(retryAt, retry.nudge().dueAt());
        assertFalse(store.release(claim, claim.nudge()), "the old lease is gone");
    }

    @Test
    void each_claim_carries_the_workspace_its_nudge_was_written_in() {
        String other = newWorkspace();
        Nudge here = nudge("n1", "c1", "k", NudgeState.SCHEDULED, T0);
        Nudge there = new Nudge("n1", "c1", "other-rule", "k", BOB, NudgeState.SCHEDULED, T0, T0, 0, 0,
                Map.of(), null, null);
        put(new Change.PutNudge(here));
        store.commit(other, List.of(), List.of(new Change.PutNudge(there)));

        Map<String, Claim> byWorkspace = claimMine(T0, Duration.ofMinutes(5), 10).stream()
                .collect(Collectors.toMap(Claim::workspace, c -> c));

        assertEquals(Set.of(ws, other), byWorkspace.keySet());
        assertEquals(here, byWorkspace.get(ws).nudge());
        assertEquals(there, byWorkspace.get(other).nudge());
        assertTrue(store.complete(byWorkspace.get(ws), here.delivered()));
        assertEquals(NudgeState.SCHEDULED, store.nudge(other, "n1").orElseThrow().state());
    }

    @Test
    void a_claim_limited_to_some_workspaces_leaves_the_others_due() {
        String other = newWorkspace();
        put(new Change.PutNudge(nudge("n1", "c1", "k", NudgeState.SCHEDULED, T0)));
        store.commit(other, List.of(), List.of(new Change.PutNudge(nudge("n2", "c1", "k", NudgeState.SCHEDULED, T0))));

        List<Claim> theirs = store.claimDue(T0, Duration.ofMinutes(5), 10, workspace -> workspace.equals(other));

        assertEquals(List.of(other + "/n2"), theirs.stream().map(c -> c.workspace() + "/" + c.nudge().id()).toList());
        assertEquals(List.of(ws + "/n1"), claimMine(T0, Duration.ofMinutes(5), 10).stream()
                .map(c -> c.workspace() + "/" + c.nudge().id()).toList());
    }

    @Test
    void a_commit_that_rewrites_a_claimed_nudge_ends_the_lease() {
        put(new Change.PutNudge(nudge("n1", "c1", "k", NudgeState.SCHEDULED, T0)));
        Claim claim = claimMine(T0, Duration.ofMinutes(5), 10).get(0);
        Nudge snoozed = claim.nudge().snoozed(T0.plus(Duration.ofDays(1)));

        put(new Change.PutNudge(snoozed));

        assertFalse(store.complete(claim, claim.nudge().delivered()), "a delivery must not undo the snooze");
        assertEquals(snoozed, store.nudge(ws, "n1").orElseThrow());
    }

    @Test
    void release_refuses_a_nudge_that_is_not_scheduled() {
        put(new Change.PutNudge(nudge("n1", "c1", "k", NudgeState.SCHEDULED, T0)));
        Claim claim = claimMine(T0, Duration.ofMinutes(5), 10).get(0);

        assertThrows(IllegalArgumentException.class, () -> store.release(claim, claim.nudge().delivered()));
        assertEquals(NudgeState.SCHEDULED, store.nudge(ws, "n1").orElseThrow().state());
    }
}
