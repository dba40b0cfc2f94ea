package io.rapport.core.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.Commitment;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.FeedbackEntry;
import io.rapport.core.model.ImportantDate;
import io.rapport.core.model.Note;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Person;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every {@link Store} must do, written against the port only. An implementation's test extends
 * this and supplies the store; it inherits the nudge and claim part ({@link NudgeContract}), the rule
 * state part ({@link RuleStateContract}) and the audit log ({@link AuditContract}) too.
 * It lives here until bot-core has test sources of its own; it uses nothing but the core, so it can
 * move to the core's test-jar unchanged.
 *
 * <p>Where the port leaves an order open (customers, commitments, notes, dates, feedback, active
 * nudges) the contract compares contents only.
 */
@Timeout(30)
public abstract class StoreContract extends AuditContract {

    // ---- customers and their indexes

    @Test
    void a_saved_customer_reads_back_exactly() {
        Customer acme = customer("c1", "Acme", "C-acme");
        put(new Change.PutCustomer(acme));

        assertEquals(Optional.of(acme), store.customer(ws, "c1"));
        assertEquals(List.of(acme), store.customers(ws));
    }

    @Test
    void customers_lists_every_customer_of_the_workspace() {
        Customer acme = customer("c1", "Acme");
        Customer globex = customer("c2", "Globex");
        put(new Change.PutCustomer(acme), new Change.PutCustomer(globex));

        assertSameElements(List.of(acme, globex), store.customers(ws));
    }

    @Test
    void an_unknown_customer_is_not_found() {
        assertEquals(Optional.empty(), store.customer(ws, "nobody"));
        assertEquals(Optional.empty(), store.customerByChannel(ws, "C-none"));
        assertEquals(List.of(), store.customers(ws));
    }

    @Test
    void a_customer_is_found_by_each_of_its_channels() {
        Customer acme = customer("c1", "Acme", "C-one", "C-two");
        put(new Change.PutCustomer(acme));

        assertEquals(Optional.of(acme), store.customerByChannel(ws, "C-one"));
        assertEquals(Optional.of(acme), store.customerByChannel(ws, "C-two"));
    }

    @Test
    void a_channel_dropped_from_a_profile_no_longer_finds_the_customer() {
        put(new Change.PutCustomer(customer("c1", "Acme", "C-old", "C-kept")));
        Customer moved = customer("c1", "Acme", "C-kept", "C-new");
        put(new Change.PutCustomer(moved));

        assertEquals(Optional.empty(), store.customerByChannel(ws, "C-old"));
        assertEquals(Optional.of(moved), store.customerByChannel(ws, "C-kept"));
        assertEquals(Optional.of(moved), store.customerByChannel(ws, "C-new"));
    }

    @Test
    void a_taken_name_fails_name_free_in_any_case() {
        put(new Change.PutCustomer(customer("c1", "Acme")));
        Expectation nameFree = new Expectation.NameFree("ACME");

        ConflictException e = assertThrows(ConflictException.class,
                () -> store.commit(ws, List.of(nameFree), List.of(new Change.PutCustomer(customer("c2", "ACME")))));

        assertEquals(nameFree, e.failed());
        assertEquals(Optional.empty(), store.customer(ws, "c2"));
    }

    @Test
    void a_renamed_customer_frees_its_old_name_and_takes_the_new_one() {
        put(new Change.PutCustomer(customer("c1", "Acme")));
        put(new Change.PutCustomer(customer("c1", "Globex")));

        store.commit(ws, List.of(new Expectation.NameFree("acme")), List.of());
        Expectation globexFree = new Expectation.NameFree("Globex");
        ConflictException e = assertThrows(ConflictException.class,
                () -> store.commit(ws, List.of(globexFree), List.of()));
        assertEquals(globexFree, e.failed());
    }

    @Test
    void customer_exists_holds_only_for_a_saved_customer() {
        put(new Change.PutCustomer(customer("c1", "Acme")));

        store.commit(ws, List.of(new Expectation.CustomerExists("c1")), List.of(touchChange("t1", "c1", T0)));
        Expectation missing = new Expectation.CustomerExists("c9");
        ConflictException e = assertThrows(ConflictException.class,
                () -> store.commit(ws, List.of(missing), List.of(touchChange("t2", "c9", T0))));

        assertEquals(missing, e.failed());
        assertEquals(1, store.touches(ws, "c1", 10).size());
        assertEquals(List.of(), store.touches(ws, "c9", 10));
    }

    // ---- timeline and stats

    @Test
    void touches_come_newest_first_and_at_most_the_limit() {
        put(touchChange("t1", "c1", T0), touchChange("t2", "c1", T0.plusSeconds(60)));
        put(touchChange("t3", "c1", T0.plusSeconds(120)));

        assertEquals(List.of("t3", "t2", "t1"), touchIds(store.touches(ws, "c1", 10)));
        assertEquals(List.of("t3", "t2"), touchIds(store.touches(ws, "c1", 2)));
        assertEquals(List.of(), store.touches(ws, "c1", 0));
    }

    @Test
    void a_touch_reads_back_exactly() {
        Touch touch = new Touch("t1", "c1", TouchKind.GIFT, Direction.IN, new Person("X-1", "Xu"), T0,
                "sent chocolates", "channel:C-acme");
        put(new Change.AddTouch(touch));

        assertEquals(List.of(touch), store.touches(ws, "c1", 1));
    }

    @Test
    void the_timeline_keeps_only_the_newest_touches_up_to_its_bound() {
        int bound = timelineBound();
        List<Change> changes = IntStream.range(0, bound + 3)
                .mapToObj(i -> touchChange("t" + i, "c1", T0.plusSeconds(i)))
                .toList();
        store.commit(ws, List.of(), changes);

        List<Touch> kept = store.touches(ws, "c1", bound + 10);
        assertEquals(bound, kept.size());
        assertEquals("t" + (bound + 2), kept.get(0).id());
        assertEquals("t3", kept.get(bound - 1).id());
        assertEquals(bound + 3, store.stats(ws, "c1").touches(), "stats count touches that fell off the timeline");
    }

    @Test
    void stats_count_gestures_by_direction_and_keep_the_latest_times() {
        Instant t1 = T0.plusSeconds(100);
        Instant t2 = T0.plusSeconds(200);
        Instant t3 = T0.plusSeconds(300);
        put(new Change.AddTouch(touch("t1", "c1", TouchKind.THANKS, Direction.IN, t1)),
                new Change.AddTouch(touch("t2", "c1", TouchKind.GIFT, Direction.OUT, t2)),
                new Change.AddTouch(touch("t3", "c1", TouchKind.MEETING, Direction.OUT, t3)));
        // logged late: an older touch must not move any "last" time backwards
        put(new Change.AddTouch(touch("t0", "c1", TouchKind.MESSAGE, Direction.IN, T0)));

        assertEquals(new CustomerStats(4, 1, 1, t3, t1, t3, t3), store.stats(ws, "c1"));
    }

    @Test
    void a_customer_without_touches_has_no_stats() {
        assertEquals(CustomerStats.NONE, store.stats(ws, "c1"));
    }

    // ---- promises, notes, dates, feedback

    @Test
    void a_commitment_reads_back_by_id_and_under_its_customer_and_an_update_replaces_it() {
        Commitment open = promise("p1", "c1");
        put(new Change.PutCommitment(open), new Change.PutCommitment(promise("p2", "c2")));
        assertEquals(Optional.of(open), store.commitment(ws, "p1"));
        assertEquals(List.of(open), store.commitments(ws, "c1"));

        Commitment kept = open.closed(Commitment.Status.KEPT, T0.plusSeconds(60));
        put(new Change.PutCommitment(kept));

        assertEquals(Optional.of(kept), store.commitment(ws, "p1"));
        assertEquals(List.of(kept), store.commitments(ws, "c1"));
        assertEquals(Optional.empty(), store.commitment(ws, "p9"));
    }

    @Test
    void notes_and_feedback_read_back_under_their_customer() {
        Note first = new Note("n1", "c1", ALICE, "prefers calls", T0);
        Note second = new Note("n2", "c1", BOB, "budget cycle in March", T0.plusSeconds(5));
        FeedbackEntry happy = new FeedbackEntry("f1", "c1", 5, "great", ALICE, T0);
        FeedbackEntry meh = new FeedbackEntry("f2", "c1", 3, null, BOB, T0.plusSeconds(5));
        put(new Change.AddNote(first), new Change.AddFeedback(happy));
        put(new Change.AddNote(second), new Change.AddFeedback(meh),
                new Change.AddNote(new Note("n3", "c2", ALICE, "other customer", T0)));

        assertEquals(List.of(first, second), store.notes(ws, "c1"), "oldest first");
        assertEquals(List.of(happy, meh), store.feedback(ws, "c1"), "oldest first");
        assertEquals(List.of(), store.feedback(ws, "c2"));
    }

    @Test
    void unseen_fails_once_its_token_was_seen_and_then_writes_nothing() {
        put(new Change.PutCustomer(customer("c1", "Acme")));
        Expectation unseen = new Expectation.Unseen("message:C1/1700000000.000100");
        store.commit(ws, List.of(unseen), List.of(new Change.Seen("message:C1/1700000000.000100"),
                touchChange("t1", "c1", T0)));

        ConflictException e = assertThrows(ConflictException.class, () -> store.commit(ws, List.of(unseen),
                List.of(new Change.Seen("message:C1/1700000000.000100"), touchChange("t2", "c1", T0))));

        assertEquals(unseen, e.failed());
        assertEquals(1, store.touches(ws, "c1", 10).size(), "the second batch wrote nothing");
        store.commit(ws, List.of(new Expectation.Unseen("message:C1/1700000000.000200")), List.of());
        store.commit(newWorkspace(), List.of(unseen), List.of());
    }

    @Test
    void a_setting_is_written_replaced_and_removed() {
        assertEquals(Optional.empty(), store.setting(ws, "team_channel"));
        put(new Change.PutSetting("team_channel", "C-team"));
        put(new Change.PutSetting("team_channel", "C-other"));
        assertEquals(Optional.of("C-other"), store.setting(ws, "team_channel"));
        assertEquals(Optional.empty(), store.setting(newWorkspace(), "team_channel"), "per workspace");
        put(new Change.PutSetting("team_channel", null));
        assertEquals(Optional.empty(), store.setting(ws, "team_channel"));
    }

    @Test
    void setting_a_date_label_again_replaces_it() {
        ImportantDate renewal = new ImportantDate("c1", "renewal", LocalDate.of(2001, 6, 1), ALICE);
        ImportantDate birthday = new ImportantDate("c1", "birthday", LocalDate.of(2001, 3, 9), BOB);
        put(new Change.PutDate(renewal), new Change.PutDate(birthday));
        ImportantDate moved = new ImportantDate("c1", "renewal", LocalDate.of(2001, 7, 1), BOB);
        put(new Change.PutDate(moved));

        assertSameElements(List.of(moved, birthday), store.dates(ws, "c1"));
    }

    // ---- ids and commits

    @Test
    void new_ids_are_unique_in_a_workspace_and_carry_the_prefix() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String id = store.newId(ws, "n");
            assertTrue(id.startsWith("n") && id.length() > 1, id);
            assertTrue(ids.add(id), "repeated id " + id);
        }
    }

    @Test
    void a_commit_with_a_failed_expectation_writes_none_of_its_changes() {
        put(new Change.PutCustomer(customer("c1", "Acme", "C-acme")));
        Expectation holds = new Expectation.CustomerExists("c1");
        Expectation fails = new Expectation.NameFree("acme");
        List<Change> changes = List.of(
                new Change.PutCustomer(customer("c2", "Globex", "C-globex")),
                touchChange("t1", "c1", T0),
                new Change.PutCommitment(promise("p1", "c1")),
                new Change.AddNote(new Note("o1", "c1", ALICE, "text", T0)),
                new Change.PutDate(new ImportantDate("c1", "renewal", LocalDate.of(2001, 5, 1), ALICE)),
                new Change.AddFeedback(new FeedbackEntry("f1", "c1", 4, "", ALICE, T0)),
                new Change.PutNudge(nudge("n1", "c1", "k", NudgeState.SCHEDULED, T0)),
                new Change.DeleteCustomer("c1"));

        ConflictException e = assertThrows(ConflictException.class,
                () -> store.commit(ws, List.of(holds, fails), changes));

        assertEquals(fails, e.failed());
        assertEquals(List.of(customer("c1", "Acme", "C-acme")), store.customers(ws));
        assertEquals(Optional.empty(), store.customerByChannel(ws, "C-globex"));
        assertEquals(List.of(), store.touches(ws, "c1", 10));
        assertEquals(CustomerStats.NONE, store.stats(ws, "c1"));
        assertEquals(List.of(), store.commitments(ws, "c1"));
        assertEquals(List.of(), store.notes(ws, "c1"));
        assertEquals(List.of(), store.dates(ws, "c1"));
        assertEquals(List.of(), store.feedback(ws, "c1"));
        assertEquals(Optional.empty(), store.nudge(ws, "n1"));
        assertEquals(List.of(), store.activeNudges(ws));
        assertEquals(List.of(), claimMine(T0.plusSeconds(1), Duration.ofMinutes(1), 10));
    }

    @Test
    void changes_in_one_commit_apply_in_order() {
        put(new Change.PutCustomer(customer("c1", "Acme", "C-1")),
                new Change.PutCustomer(customer("c1", "Acme Corp", "C-2")),
                touchChange("t1", "c1", T0));

        assertEquals(Optional.of(customer("c1", "Acme Corp", "C-2")), store.customerByChannel(ws, "C-2"));
        assertEquals(Optional.empty(), store.customerByChannel(ws, "C-1"));
        store.commit(ws, List.of(new Expectation.NameFree("acme")), List.of());
        assertEquals(1, store.stats(ws, "c1").touches());
    }

    @Test
    void forgetting_a_customer_removes_everything_kept_about_it() {
        seedCustomerWithEverything("c1", "Acme", "C-acme");
        seedCustomerWithEverything("c2", "Globex", "C-globex");

        put(new Change.DeleteCustomer("c1"));

        assertEquals(Optional.empty(), store.customer(ws, "c1"));
        assertEquals(Optional.empty(), store.customerByChannel(ws, "C-acme"));
        store.commit(ws, List.of(new Expectation.NameFree("Acme")), List.of());
        assertEquals(List.of(), store.touches(ws, "c1", 10));
        assertEquals(CustomerStats.NONE, store.stats(ws, "c1"));
        assertEquals(List.of(), store.commitments(ws, "c1"));
        assertEquals(Optional.empty(), store.commitment(ws, "p-c1"));
        assertEquals(List.of(), store.notes(ws, "c1"));
        assertEquals(List.of(), store.dates(ws, "c1"));
        assertEquals(List.of(), store.feedback(ws, "c1"));
        assertEquals(Optional.empty(), store.nudge(ws, "due-c1"));
        assertEquals(Optional.empty(), store.nudge(ws, "open-c1"));
        assertEquals(Optional.empty(), store.activeNudge(ws, "due:c1"));
        store.commit(ws, List.of(new Expectation.ActiveNudge("open:c1", null)), List.of());
        assertEquals(Set.of("due-c2", "open-c2"), Set.copyOf(nudgeIds(store.activeNudges(ws))));

        List<Claim> claims = claimMine(T0.plusSeconds(10), Duration.ofMinutes(1), 10);
        assertEquals(List.of("due-c2"), claims.stream().map(c -> c.nudge().id()).toList());
        assertEquals(customer("c2", "Globex", "C-globex"), store.customerByChannel(ws, "C-globex").orElseThrow());
        assertEquals(1, store.touches(ws, "c2", 10).size());
        assertEquals(1, store.commitments(ws, "c2").size());
    }

    @Test
    void a_customer_can_be_created_and_forgotten_in_one_commit() {
        put(new Change.PutCustomer(customer("c1", "Acme", "C-acme")),
                new Change.PutNudge(nudge("n1", "c1", "k", NudgeState.SCHEDULED, T0)),
                new Change.PutCommitment(promise("p1", "c1")),
                new Change.DeleteCustomer("c1"));

        assertEquals(List.of(), store.customers(ws));
        assertEquals(Optional.empty(), store.nudge(ws, "n1"));
        assertEquals(Optional.empty(), store.activeNudge(ws, "k"));
        assertEquals(Optional.empty(), store.commitment(ws, "p1"));
        store.commit(ws, List.of(new Expectation.NameFree("acme")), List.of());
    }

    // ---- workspaces

    @Test
    void workspaces_lists_every_workspace_written_to() {
        String other = newWorkspace();
        put(touchChange("t1", "c1", T0));
        store.commit(other, List.of(), List.of(new Change.PutCustomer(customer("c1", "Acme"))));

        assertTrue(store.workspaces().containsAll(Set.of(ws, other)), store.workspaces().toString());
    }

    @Test
    void nothing_written_in_one_workspace_is_readable_from_another() {
        seedCustomerWithEverything("c1", "Acme", "C-acme");
        String other = newWorkspace();

        assertEquals(List.of(), store.customers(other));
        assertEquals(Optional.empty(), store.customer(other, "c1"));
        assertEquals(Optional.empty(), store.customerByChannel(other, "C-acme"));
        assertEquals(List.of(), store.touches(other, "c1", 10));
        assertEquals(CustomerStats.NONE, store.stats(other, "c1"));
        assertEquals(List.of(), store.commitments(other, "c1"));
        assertEquals(Optional.empty(), store.commitment(other, "p-c1"));
        assertEquals(List.of(), store.notes(other, "c1"));
        assertEquals(List.of(), store.dates(other, "c1"));
        assertEquals(List.of(), store.feedback(other, "c1"));
        assertEquals(Optional.empty(), store.nudge(other, "due-c1"));
        assertEquals(Optional.empty(), store.activeNudge(other, "open:c1"));
        assertEquals(List.of(), store.activeNudges(other));
        store.commit(other, List.of(new Expectation.NameFree("Acme"), new Expectation.ActiveNudge("open:c1", null)),
                List.of());
        Expectation exists = new Expectation.CustomerExists("c1");
        assertEquals(exists, assertThrows(ConflictException.class,
                () -> store.commit(other, List.of(exists), List.of())).failed());
    }

    @Test
    void a_reachable_store_answers_ping() {
        assertTrue(store.ping());
    }
}
