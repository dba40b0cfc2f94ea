package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.HealthPoint;
import io.rapport.core.rule.Rules;
import io.rapport.core.testing.EngineHarness;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The health score: explained component by component, kept daily, with its 7- and 30-day trend. */
class HealthScenarioTest extends Scenario {

    @BeforeEach
    void setUp() {
        h = new EngineHarness(Rules.all().toArray(new io.rapport.core.rule.Rule[0]));
        h.say("alex", "add Acme"); // standard tier, Monday 2 March 10:00
        h.say("alex", "log acme meeting kick-off");
    }

    private void days(int n) {
        for (int i = 0; i < n; i++) {
            advance(Duration.ofDays(1));
        }
    }

    @Test
    void health_explains_each_component_with_its_value_weight_and_the_fact_behind_it() {
        days(94);
        String text = h.say("alex", "health acme").text();
        // recency: 94 days against a 30-day cadence is past twice the cadence, so 0; face time 94 days against
        // 90 falls linearly from 100 at 45 days to 0 at 180: 100 * 86 / 135 = 64; weighted mean 63.6
        assertEquals("Health of Acme: 64/100 (yellow)\n"
                + "Health 64/100 (yellow):\n"
                + "recency 0 (weight 25%): last touch 94 days ago, cadence 30\n"
                + "reciprocity 100 (weight 15%): 0 gestures received, 0 returned\n"
                + "promises 100 (weight 20%): no promise due yet\n"
                + "face time 64 (weight 15%): last face-to-face 94 days ago, cadence 90\n"
                + "feedback 60 (weight 15%): no feedback yet (counted as neutral)\n"
                + "complaints 100 (weight 10%): 0 complaints in the last 30 days\n"
                + "Trend: no change over 7 days, -3 over 30 days", text);
    }

    @Test
    void every_touch_rescores_today_and_the_daily_round_scores_the_days_nobody_touched() {
        days(3);
        List<LocalDate> scored = h.store.healthHistory(h.workspace, "c1").stream().map(HealthPoint::day).toList();
        assertEquals(List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4),
                LocalDate.of(2026, 3, 5)), scored);
        h.say("alex", "log acme complaint the export failed");
        int today = h.store.healthHistory(h.workspace, "c1").get(3).score();
        assertTrue(today < h.store.healthHistory(h.workspace, "c1").get(2).score(), "the complaint counts at once");
    }

    @Test
    void show_gives_the_score_its_trend_and_the_team_list_shows_the_weeks_change() {
        days(20);
        String show = h.say("alex", "show acme").text();
        // recency 100 * (60 - 20) / 45 = 89 now; a week ago the last touch was within half the cadence: 100
        assertTrue(show.contains("Health: 91/100 (green)"), show);
        assertTrue(show.contains("Trend: -3 over 7 days, no score from 30 days ago"), show);
        h.say("alex", "add Globex");
        assertEquals("Team health, weakest first\n\nAcme: 91/100 (green) -3 this week\nGlobex: 94/100 (green)",
                h.say("alex", "health").text());
    }
}
