package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.rule.DatesRule;
import io.rapport.core.testing.EngineHarness;
import io.rapport.core.testing.RecordingMessenger.Sent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dates: 60 days before a renewal, 7 before an anniversary, 1 before a birthday, 7 for other labels; yearly. */
class DatesScenarioTest extends Scenario {

    @BeforeEach
    void setUp() {
        h = new EngineHarness(new DatesRule());
        h.say("alex", "add Acme tier key"); // Monday 2 March 2026 10:00
    }

    private List<String> planned() {
        return h.active(DatesRule.ID).stream().map(n -> n.dueAt() + " " + n.get("label")).toList();
    }

    @Test
    void a_renewal_is_announced_sixty_days_ahead_at_the_start_of_the_day_and_again_next_year() {
        h.say("alex", "date acme renewal 2026-05-15");
        at("2026-03-16T08:59:00Z");
        nothingArrives();
        at("2026-03-16T09:00:00Z");
        Sent sent = one();
        assertNudge(sent, "alex", "Coming up: Acme's renewal", "Acme's renewal is in 60 days, on Fri 15 May 2026.\n"
                + "Extra consideration: remember what matters to them.\n"
                + "Plan the renewal conversation: the value they got this year, what is still open, and what comes "
                + "next.");
        assertEquals(TASK, buttons(sent.card()));
        assertEquals(List.of("2026-03-16T09:00:00Z renewal", "2027-03-16T09:00:00Z renewal"), planned());
    }

    @Test
    void a_birthday_is_remembered_the_day_before() {
        h.say("alex", "date acme birthday 2026-03-10");
        at("2026-03-09T09:00:00Z");
        assertNudge(one(), "alex", "Coming up: Acme's birthday", "Acme's birthday is tomorrow, on Tue 10 Mar 2026.");
    }

    @Test
    void setting_a_label_again_replaces_its_plan() {
        h.say("alex", "date acme renewal 2026-05-15");
        h.say("alex", "date acme renewal 2026-06-30");
        assertEquals(List.of("2026-05-01T09:00:00Z renewal"), planned());
    }

    @Test
    void a_date_in_a_past_year_recurs_on_its_next_anniversary_and_other_labels_use_seven_days() {
        h.say("alex", "date acme anniversary 2019-01-15");
        h.say("alex", "date acme go-live 2025-03-20");
        assertEquals(List.of("2026-03-13T09:00:00Z go-live", "2027-01-08T09:00:00Z anniversary"), planned());
    }

    @Test
    void a_date_closer_than_its_lead_time_is_announced_at_once() {
        h.say("alex", "date acme renewal 2026-03-12");
        assertNudge(one(), "alex", "Coming up: Acme's renewal", "Acme's renewal is in 10 days, on Thu 12 Mar 2026.");
    }

    @Test
    void a_reminder_snoozed_past_its_date_is_dropped_and_next_year_is_still_planned() {
        h.say("alex", "date acme birthday 2026-03-10");
        at("2026-03-09T09:00:00Z");
        Sent sent = one();
        h.press("alex", "snooze", value(sent.card(), "Snooze 1w"));
        at("2026-03-16T09:00:00Z");
        nothingArrives();
        Nudge dropped = h.store.nudge(h.workspace, nudgeId(sent.card())).orElseThrow();
        assertEquals(NudgeState.CANCELLED, dropped.state());
        assertEquals(List.of("2027-03-09T09:00:00Z birthday"), planned());
    }

    @Test
    void an_open_reminder_ends_when_its_date_has_passed() {
        h.say("alex", "date acme birthday 2026-03-10");
        at("2026-03-09T09:00:00Z");
        String id = nudgeId(one().card());
        at("2026-03-10T23:00:00Z");
        assertTrue(h.store.nudge(h.workspace, id).orElseThrow().state().isActive());
        at("2026-03-11T00:10:00Z"); // the daily round
        Nudge after = h.store.nudge(h.workspace, id).orElseThrow();
        assertEquals(NudgeState.CANCELLED, after.state());
        assertEquals("expired", after.closedBy());
        assertEquals(Instant.parse("2027-03-09T09:00:00Z"), h.active(DatesRule.ID).get(0).dueAt());
    }

    @Test
    void the_twenty_ninth_of_february_falls_on_the_twenty_eighth_in_other_years() {
        h.say("alex", "date acme birthday 2024-02-29");
        // the day before, 27 February 2027, is a Saturday: the reminder comes on the Friday
        assertEquals(List.of("2027-02-26T09:00:00Z birthday"), planned());
    }
}
