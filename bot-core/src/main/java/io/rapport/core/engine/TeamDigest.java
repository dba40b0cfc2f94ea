package io.rapport.core.engine;

import io.rapport.core.health.HealthReport;
import io.rapport.core.health.HealthTrend;
import io.rapport.core.message.Card;
import io.rapport.core.message.Fact;
import io.rapport.core.model.Audience;
import io.rapport.core.model.Commitment;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import io.rapport.core.rule.ReciprocateRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The weekly team digest (also the {@code digest} command): health by band and the biggest movers of the week,
 * nudges delivered and still waiting, the promise-keeping rate, the reciprocity balance and kudos.
 */
final class TeamDigest {
    private static final int MOVERS = 3;
    private static final int TIMELINE = 200;
    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration MONTH = Duration.ofDays(30);
    private final Context context;
    private final HealthKeeper health;

    TeamDigest(Context context, HealthKeeper health) {
        this.context = context;
        this.health = health;
    }

    private record Mover(String name, int from, int to) {
        int change() {
            return to - from;
        }
    }

    Card card(String ws) {
        Instant now = context.now();
        List<Customer> customers = context.store().customers(ws);
        int[] bands = new int[HealthReport.Band.values().length];
        List<Mover> movers = new ArrayList<>();
        long received = 0;
        long returned = 0;
        long kept = 0;
        long judged = 0;
        long overduePromises = 0;
        long kudos = 0;
        for (Customer customer : customers) {
            HealthReport report = health.report(ws, customer);
            bands[report.band().ordinal()]++;
            HealthTrend trend = health.trend(ws, customer, report.score());
            if (trend.week() != null && trend.week() != 0) {
                movers.add(new Mover(customer.name(), report.score() - trend.week(), report.score()));
            }
            for (Touch t : context.store().touches(ws, customer.id(), TIMELINE)) {
                if (t.at().isAfter(now.minus(WEEK)) && t.kind().isGesture()) {
                    received += t.direction() == Direction.IN ? 1 : 0;
                    returned += t.direction() == Direction.OUT ? 1 : 0;
                    kudos += t.kind() == TouchKind.PRAISE && t.direction() == Direction.IN ? 1 : 0;
                }
            }
            for (Commitment p : context.store().commitments(ws, customer.id())) {
                boolean judgedNow = p.status() == Commitment.Status.KEPT || p.isBroken(now);
                if (judgedNow && p.due().isAfter(now.minus(MONTH))) {
                    judged++;
                    kept += p.isBroken(now) ? 0 : 1;
                }
                overduePromises += p.isOpen() && p.isBroken(now) ? 1 : 0;
            }
        }
        List<Nudge> active = context.store().activeNudges(ws).stream()
                .filter(n -> n.customerId() != null && n.audience() != Audience.INTERNAL).toList();
        List<Nudge> waiting = active.stream().filter(n -> n.state() == NudgeState.OPEN).toList();
        long pendingReturns = active.stream().filter(n -> n.rule().equals(ReciprocateRule.ID)).count();
        List<Fact> facts = List.of(
                new Fact("Customers", customers.size() + " (" + bands[0] + " green, " + bands[1] + " yellow, "
                        + bands[2] + " red)"),
                new Fact("Biggest movers", movers(movers)),
                new Fact("Nudges waiting", waiting.size() + " delivered and not done" + byPerson(waiting)),
                new Fact("Promises kept", (judged == 0 ? "none came due in the last 30 days"
                        : kept + " of " + judged + " on time in the last 30 days (" + Math.round(100.0 * kept / judged)
                        + "%)") + (overduePromises == 0 ? "" : "; " + overduePromises + " open and overdue")),
                new Fact("Reciprocity", received + " gestures received this week, " + returned + " returned; "
                        + pendingReturns + " waiting for one back"),
                new Fact("Kudos this week", String.valueOf(kudos)));
        return new Card("Team digest", "How the team looked after its customers this week.\n"
                + "Be systems-oriented: monitor the effectiveness.", facts, List.of(), null);
    }

    private static String movers(List<Mover> movers) {
        if (movers.isEmpty()) {
            return "no change over 7 days";
        }
        return movers.stream()
                .sorted(Comparator.comparingInt((Mover m) -> -Math.abs(m.change())).thenComparing(Mover::name))
                .limit(MOVERS)
                .map(m -> m.name() + " " + m.from() + " \u2192 " + m.to() + " (" + (m.change() > 0 ? "+" : "")
                        + m.change() + ")")
                .collect(Collectors.joining("\n"));
    }

    private static String byPerson(List<Nudge> waiting) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Nudge n : waiting) {
            counts.merge(n.audience() == Audience.TEAM || n.assignee() == null ? "team channel"
                    : n.assignee().name(), 1, Integer::sum);
        }
        return counts.isEmpty() ? "" : " (" + counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }
}
