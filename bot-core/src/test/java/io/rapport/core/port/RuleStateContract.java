package io.rapport.core.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.Audience;
import io.rapport.core.model.Correction;
import io.rapport.core.model.Direction;
import io.rapport.core.model.HealthPoint;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.TouchKind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The part of the store contract the rules lean on: a customer's own active nudges, team and internal nudges,
 * the daily health history, and corrected detections.
 */
public abstract class RuleStateContract extends NudgeContract {
    private static final LocalDate DAY = LocalDate.of(2001, 2, 3);

    private static Nudge teamNudge(String id, String customerId, String key) {
        return new Nudge(id, customerId, "digest", key, null, NudgeState.SCHEDULED, T0, T0, 0, 0, Map.of("w", "1"),
                null, null, Audience.TEAM, T0.plus(Duration.ofDays(1)));
    }

    private void touches(String customerId, TouchKind... kinds) {
        for (int i = 0; i < kinds.length; i++) {
            put(new Change.AddTouch(touch("t" + (i + 1), customerId, kinds[i], Direction.IN,
                    T0.plusSeconds(i))));
        }
    }

    @Test
    void a_customers_active_nudges_are_its_scheduled_and_open_ones_only() {
        seedCustomerWithEverything("c1", "Acme", "C-acme");
        seedCustomerWithEverything("c2", "Globex", "C-globex");

        assertSameElements(List.of("due-c1", "open-c1"), nudgeIds(store.activeNudges(ws, "c1")));
        assertEquals(List.of(), store.activeNudges(ws, "c9"));
    }

    @Test
    void a_nudge_keeps_its_audience_and_expiry() {
        put(new Change.PutCustomer(customer("c1", "Acme")), new Change.PutNudge(teamNudge("n1", "c1", "k1")));

        Nudge read = store.nudge(ws, "n1").orElseThrow();
        assertEquals(Audience.TEAM, read.audience());
        assertEquals(T0.plus(Duration.ofDays(1)), read.expiresAt());
        assertEquals(teamNudge("n1", "c1", "k1"), read);
    }

    @Test
    void a_workspace_wide_nudge_is_claimed_like_any_and_outlives_a_forgotten_customer() {
        put(new Change.PutCustomer(customer("c1", "Acme")), new Change.PutNudge(teamNudge("w1", null, "digest:1")));
        put(new Change.DeleteCustomer("c1"));

        assertEquals(Optional.of("w1"), store.activeNudge(ws, "digest:1").map(Nudge::id));
        List<Claim> claims = claimMine(T0, Duration.ofMinutes(1), 10);
        assertEquals(List.of("w1"), claims.stream().map(c -> c.nudge().id()).toList());
    }

    @Test
    void health_history_keeps_one_score_per_day_oldest_first() {
        put(new Change.PutCustomer(customer("c1", "Acme")));
        put(new Change.PutHealth(new HealthPoint("c1", DAY.plusDays(1), 70)),
                new Change.PutHealth(new HealthPoint("c1", DAY, 80)),
                new Change.PutHealth(new HealthPoint("c1", DAY.plusDays(1), 65)));

        assertEquals(List.of(new HealthPoint("c1", DAY, 80), new HealthPoint("c1", DAY.plusDays(1), 65)),
                store.healthHistory(ws, "c1"));
        assertEquals(List.of(), store.healthHistory(ws, "c2"));
    }

    @Test
    void health_history_drops_days_older_than_it_keeps() {
        put(new Change.PutCustomer(customer("c1", "Acme")));
        LocalDate newest = DAY.plusDays(Store.HEALTH_DAYS + 1);
        put(new Change.PutHealth(new HealthPoint("c1", DAY, 10)),
                new Change.PutHealth(new HealthPoint("c1", DAY.plusDays(1), 20)));
        put(new Change.PutHealth(new HealthPoint("c1", newest, 30)));

        assertEquals(List.of(new HealthPoint("c1", DAY.plusDays(1), 20), new HealthPoint("c1", newest, 30)),
                store.healthHistory(ws, "c1"));
    }

    @Test
    void correcting_a_touch_rekinds_it_in_place_and_moves_the_gesture_count() {
        put(new Change.PutCustomer(customer("c1", "Acme")));
        touches("c1", TouchKind.MESSAGE, TouchKind.THANKS, TouchKind.CALL);

        put(new Change.CorrectTouch("c1", "t2", TouchKind.THANKS, TouchKind.MESSAGE));

        assertEquals(List.of(TouchKind.CALL, TouchKind.MESSAGE, TouchKind.MESSAGE),
                store.touches(ws, "c1", 10).stream().map(t -> t.kind()).toList());
        assertEquals(List.of("t3", "t2", "t1"), touchIds(store.touches(ws, "c1", 10)));
        CustomerStats stats = store.stats(ws, "c1");
        assertEquals(0, stats.gesturesIn());
        assertEquals(3, stats.touches());
    }

    @Test
    void correcting_again_or_a_touch_that_is_gone_changes_nothing() {
        put(new Change.PutCustomer(customer("c1", "Acme")));
        touches("c1", TouchKind.PRAISE, TouchKind.GIFT);
        put(new Change.CorrectTouch("c1", "t1", TouchKind.PRAISE, TouchKind.MESSAGE));

        put(new Change.CorrectTouch("c1", "t1", TouchKind.PRAISE, TouchKind.MESSAGE),
                new Change.CorrectTouch("c1", "t9", TouchKind.GIFT, TouchKind.MESSAGE));

        assertEquals(List.of(TouchKind.GIFT, TouchKind.MESSAGE),
                store.touches(ws, "c1", 10).stream().map(t -> t.kind()).toList());
        assertEquals(1, store.stats(ws, "c1").gesturesIn());
    }

    @Test
    void a_correction_reads_back_under_its_customer_and_message_and_a_second_replaces_it() {
        put(new Change.PutCustomer(customer("c1", "Acme")), new Change.PutCustomer(customer("c2", "Globex")));
        Correction first = new Correction("c1", "C-acme/m1", "thanks", "neutral", ALICE, T0);
        Correction second = new Correction("c1", "C-acme/m1", "thanks", "complaint", BOB, T0.plusSeconds(5));
        put(new Change.PutCorrection(first));
        put(new Change.PutCorrection(second));

        assertEquals(Optional.of(second), store.correction(ws, "c1", "C-acme/m1"));
        assertEquals(Optional.empty(), store.correction(ws, "c1", "C-acme/m2"));
        assertEquals(Optional.empty(), store.correction(ws, "c2", "C-acme/m1"));
    }

    @Test
    void forgetting_a_customer_removes_its_health_history_and_corrections() {
        put(new Change.PutCustomer(customer("c1", "Acme")),
                new Change.PutHealth(new HealthPoint("c1", DAY, 80)),
                new Change.PutCorrection(new Correction("c1", "C/m1", "thanks", "neutral", ALICE, T0)));

        put(new Change.DeleteCustomer("c1"));

        assertTrue(store.healthHistory(ws, "c1").isEmpty());
        assertEquals(Optional.empty(), store.correction(ws, "c1", "C/m1"));
    }
}
