package io.rapport.core.engine;

import io.rapport.core.command.Command;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.health.HealthComponent;
import io.rapport.core.health.HealthReport;
import io.rapport.core.health.HealthTrend;
import io.rapport.core.message.Card;
import io.rapport.core.message.Fact;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Audience;
import io.rapport.core.model.Commitment;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Touch;
import io.rapport.core.port.Store;
import io.rapport.core.time.Ago;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Read-only views: a customer's profile, health explained with its trend, the team's list and digest. */
final class ProfileCommands {
    private static final int TIMELINE = 5;
    private final Context context;
    private final CustomerResolver resolver;
    private final HealthKeeper health;
    private final TeamDigest digest;

    ProfileCommands(Context context, CustomerResolver resolver, HealthKeeper health, TeamDigest digest) {
        this.context = context;
        this.resolver = resolver;
        this.health = health;
        this.digest = digest;
    }

    Reply show(CommandEvent e, Command.Show c) {
        String ws = e.workspace();
        Customer customer = resolver.resolve(ws, c.customer());
        Store store = context.store();
        Instant now = context.now();
        ZoneId zone = e.actor().zone();
        HealthReport report = health.report(ws, customer);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Health", report.label()));
        facts.add(new Fact("Trend", health.trend(ws, customer, report.score()).describe()));
        facts.add(new Fact("Tier", customer.tier().id()));
        facts.add(new Fact("Owner", customer.owner() == null ? "nobody" : customer.owner().name()));
        if (!customer.contacts().isEmpty()) {
            facts.add(new Fact("Contacts", customer.contacts().stream().map(p -> p.name())
                    .collect(Collectors.joining(", "))));
        }
        facts.add(new Fact("Recent", lines(store.touches(ws, customer.id(), TIMELINE).stream()
                .map(t -> describe(t, now)).toList(), "no touches yet")));
        facts.add(new Fact("Open promises", lines(store.commitments(ws, customer.id()).stream()
                .filter(Commitment::isOpen)
                .map(p -> p.id() + " " + p.text() + " (due " + PromiseCommands.WHEN.format(p.due().atZone(zone))
                        + (p.isBroken(now) ? ", overdue" : "") + ")").toList(), "none")));
        facts.add(new Fact("Pending nudges", lines(store.activeNudges(ws, customer.id()).stream()
                .sorted(Comparator.comparing(Nudge::dueAt))
                .map(n -> n.id() + " " + n.rule() + " for " + recipient(n) + ", "
                        + PromiseCommands.WHEN.format(n.dueAt().atZone(zone))).toList(), "none")));
        facts.add(new Fact("Notes", lines(store.notes(ws, customer.id()).stream().map(n -> n.text()).toList(),
                "none")));
        facts.add(new Fact("Dates", lines(store.dates(ws, customer.id()).stream()
                .map(d -> d.label() + " " + d.date()).toList(), "none")));
        return Reply.of(new Card(customer.name(), explain(report), facts, List.of(), null));
    }

    Reply health(CommandEvent e, Command.Health c) {
        String ws = e.workspace();
        if (c.customer() != null) {
            Customer customer = resolver.resolve(ws, c.customer());
            HealthReport report = health.report(ws, customer);
            HealthTrend trend = health.trend(ws, customer, report.score());
            return Reply.of(new Card("Health of " + customer.name() + ": " + report.label(),
                    explain(report) + "\nTrend: " + trend.describe(), List.of(), List.of(), null));
        }
        List<Customer> customers = context.store().customers(ws);
        if (customers.isEmpty()) {
            return Reply.text("No customers yet. Add one: add Acme tier key");
        }
        record Row(Customer customer, HealthReport report, HealthTrend trend) {
        }
        List<Fact> rows = customers.stream()
                .map(cu -> {
                    HealthReport r = health.report(ws, cu);
                    return new Row(cu, r, health.trend(ws, cu, r.score()));
                })
                .sorted(Comparator.comparingInt((Row r) -> r.report().score()).thenComparing(r -> r.customer().name()))
                .map(r -> new Fact(r.customer().name(), r.report().label() + weekly(r.trend())))
                .toList();
        return Reply.of(new Card("Team health, weakest first", "", rows, List.of(), null));
    }

    Reply digest(CommandEvent e) {
        return Reply.of(digest.card(e.workspace()));
    }

    private static String weekly(HealthTrend trend) {
        Integer w = trend.week();
        return w == null || w == 0 ? "" : " " + (w > 0 ? "+" : "") + w + " this week";
    }

    private static String recipient(Nudge n) {
        if (n.audience() == Audience.TEAM) {
            return "the team channel";
        }
        if (n.audience() == Audience.INTERNAL || n.assignee() == null) {
            return "nobody";
        }
        return n.assignee().name();
    }

    /** Each component with its value, its share of the (normalised) weights and the fact behind it. */
    static String explain(HealthReport report) {
        int total = report.components().stream().mapToInt(HealthComponent::weight).sum();
        return "Health " + report.label() + ":\n" + report.components().stream()
                .map(c -> String.format(Locale.ROOT, "%s %d (weight %d%%): %s", c.id().replace('_', ' '), c.value(),
                        Math.round(100.0 * c.weight() / total), c.fact()))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(Touch t, Instant now) {
        String who = t.who() == null ? "" : " " + (t.direction().name().equals("IN") ? "from " : "by ")
                + t.who().name();
        return t.kind().id() + " " + t.direction().id() + who + ", " + Ago.of(t.at(), now)
                + (t.unanswered() ? " (unanswered)" : "") + (t.note().isBlank() ? "" : ": " + t.note());
    }

    private static String lines(List<String> items, String empty) {
        return items.isEmpty() ? empty : String.join("\n", items);
    }
}
