package io.rapport.core.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rapport.core.model.Customer;
import io.rapport.core.model.HealthPoint;
import io.rapport.core.model.Person;
import io.rapport.core.model.Tier;
import io.rapport.core.port.CustomerStats;
import io.rapport.core.rulebook.RulebookLoader;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthScoreTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Customer ACME = new Customer("c1", "Acme", Tier.STANDARD, new Person("alex", "Alex"),
            List.of(), List.of(), NOW.minus(Duration.ofDays(50)));
    /**
     * Last touch 40 days ago against a 30-day cadence: recency 100 * (60 - 40) / 45 = 44; one gesture returned of
     * two: reciprocity 50; no face-to-face in the 50 days since added, cadence 90: 100 * (180 - 50) / 135 = 96;
     * no feedback: 60. Weighted with the defaults: (1100 + 750 + 2000 + 1440 + 900 + 1000) / 100 = 72.
     */
    private static final HealthInputs INPUTS = new HealthInputs(ACME,
            new CustomerStats(3, 2, 1, NOW.minus(Duration.ofDays(40)), null, null, null), List.of(), List.of(),
            List.of(), 0);

    private static HealthReport score(String rulebook) {
        return new HealthScore(RulebookLoader.load(new StringReader(rulebook), "test")).score(INPUTS, NOW);
    }

    @Test
    void each_component_is_scored_from_its_facts_and_the_weighted_mean_is_the_score() {
        HealthReport report = score("{}");
        assertEquals(List.of(44, 50, 100, 96, 60, 100), report.components().stream().map(HealthComponent::value)
                .toList());
        assertEquals(72, report.score());
    }

    @Test
    void weights_are_normalised_so_only_their_proportions_matter() {
        HealthReport doubled = score("{\"health\":{\"weights\":{\"recency\":50,\"reciprocity\":30,\"promises\":40,"
                + "\"face_time\":30,\"feedback\":30,\"complaints\":20}}}");
        assertEquals(72, doubled.score());
        HealthReport recencyOnly = score("{\"health\":{\"weights\":{\"recency\":1,\"reciprocity\":0,\"promises\":0,"
                + "\"face_time\":0,\"feedback\":0,\"complaints\":0}}}");
        assertEquals(44, recencyOnly.score());
    }

    @Test
    void bands_default_to_76_and_51_and_follow_the_rulebook() {
        assertEquals(HealthReport.Band.YELLOW, score("{}").band());
        assertEquals(HealthReport.Band.RED, score("{\"health\":{\"bands\":{\"green\":95,\"yellow\":90}}}").band());
        assertEquals(HealthReport.Band.GREEN, score("{\"health\":{\"bands\":{\"green\":72,\"yellow\":30}}}").band());
    }

    @Test
    void an_unacknowledged_complaint_weighs_on_the_complaints_component() {
        var open = new HealthInputs(ACME, INPUTS.stats(), List.of(), List.of(), List.of(), 1);
        HealthReport report = new HealthScore(RulebookLoader.defaults()).score(open, NOW);
        HealthComponent complaints = report.components().get(5);
        assertEquals(75, complaints.value());
        assertEquals("0 complaints in the last 30 days, 1 not yet acknowledged", complaints.fact());
    }

    @Test
    void a_cadence_shorter_than_a_day_is_explained_in_minutes() {
        HealthReport report = score("{\"rules\":{\"keep_in_touch\":{\"cadence\":{\"standard\":\"PT8M\"}}}}");
        assertEquals("last touch 40 days ago, cadence 8 minutes", report.components().get(0).fact());
        assertEquals("last touch 40 days ago, cadence 30", score("{}").components().get(0).fact());
    }

    @Test
    void the_trend_compares_with_the_last_score_at_least_a_week_and_a_month_old() {
        LocalDate today = LocalDate.of(2026, 3, 31);
        List<HealthPoint> history = List.of(new HealthPoint("c1", today.minusDays(40), 90),
                new HealthPoint("c1", today.minusDays(9), 70), new HealthPoint("c1", today.minusDays(2), 50));
        HealthTrend trend = HealthTrend.of(60, history, today);
        assertEquals(-10, trend.week());
        assertEquals(-30, trend.month());
        assertEquals("-10 over 7 days, -30 over 30 days", trend.describe());
        assertEquals("no trend yet (history starts when the customer is first scored)",
                HealthTrend.of(60, List.of(), today).describe());
    }
}
