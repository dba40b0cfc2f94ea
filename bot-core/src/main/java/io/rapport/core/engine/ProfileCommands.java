package io.rapport.core.engine;

import io.rapport.core.command.Command;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.health.HealthComponent;
import io.rapport.core.health.HealthReport;
import io.rapport.core.health.HealthScore;
import io.rapport.core.message.Card;
import io.rapport.core.message.Fact;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Commitment;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import io.rapport.core.port.CustomerStats;
import io.rapport.core.port.Store;
import io.rapport.core.time.Ago;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Read-only views: a customer's profile, health explained, the team's list and digest. */
final class ProfileCommands {
    private static final int TIMELINE = 5;
    private final Context context;
    private final CustomerResolver resolver;
    private final HealthScore health;

    ProfileCommands(Context context, CustomerResolver resolver) {
        this.context = context;
        this.resolver = resolver;
        this.health = new HealthScore(context.rulebook());
    }

    Reply show(CommandEvent e, Command.Show c) {
        String ws = e.workspace();
        Customer customer = resolver.resolve(ws, c.customer());
        Store store = context.store();
        Instant now = context.now();
        HealthReport report = healthOf(ws, customer);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Health", report.label()));
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
                .map(p -> p.id() + " " + p.text() + " (due " + p.due() + ")").toList(), "none")));
        facts.add(new Fact("Pending nudges", lines(store.activeNudges(ws).stream()
                .filter(n -> customer.id().equals(n.customerId()))
                .map(n -> n.id() + " " + n.rule() + " for " + n.assignee().name()).toList(), "none")));
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
            HealthReport report = healthOf(ws, customer);
            return Reply.of(new Card("Health of " + customer.name() + ": " + report.label(), explain(report),
                    List.of(), List.of(), null));
        }
        List<Customer> customers = context.store().customers(ws);
        if (customers.isEmpty()) {
            return Reply.text("No customers yet. Add one: add Acme tier key");
        }
        List<Fact> rows = customers.stream()
                .map(cu -> new Fact(cu.name(), healthOf(ws, cu).label()))
                .sorted(Comparator.comparingInt(f -> Integer.parseInt(f.value().substring(0, f.value().indexOf('/')))))
                .toList();
        return Reply.of(new Card("Team health, weakest first", "", rows, List.of(), null));
    }

    Reply digest(CommandEvent e) {
        String ws = e.workspace();
        Instant now = context.now();
        Instant weekAgo = now.minus(Duration.ofDays(7));
        List<Customer> customers = context.store().customers(ws);
        int[] bands = new int[HealthReport.Band.values().length];
        long in = 0;
        long out = 0;
        long kept = 0;
        long judged = 0;
        long kudos = 0;
        for (Customer customer : customers) {
            bands[healthOf(ws, customer).band().ordinal()]++;
            CustomerStats stats = context.store().stats(ws, customer.id());
            in += stats.gesturesIn();
            out += stats.gesturesOut();
            for (Commitment p : context.store().commitments(ws, customer.id())) {
                boolean broken = p.isBroken(now);
                if (broken || p.status() == Commitment.Status.KEPT) {
                    judged++;
                    kept += broken ? 0 : 1;
                }
            }
            kudos += context.store().touches(ws, customer.id(), 200).stream()
                    .filter(t -> t.kind() == TouchKind.PRAISE && t.at().isAfter(weekAgo)).count();
        }
        List<Nudge> open = context.store().activeNudges(ws);
        long overdue = open.stream().filter(n -> !n.dueAt().isAfter(now)).count();
        List<Fact> facts = List.of(
                new Fact("Customers", customers.size() + " (" + bands[0] + " green, " + bands[1] + " yellow, "
                        + bands[2] + " red)"),
                new Fact("Nudges waiting", open.size() + " (" + overdue + " due or overdue)"),
                new Fact("Promises kept", judged == 0 ? "none due yet" : kept + " of " + judged),
                new Fact("Reciprocity", in + " gestures received, " + out + " returned"),
                new Fact("Kudos this week", String.valueOf(kudos)));
        return Reply.of(new Card("Team digest", "How the team is looking after its customers.", facts, List.of(),
                null));
    }

    HealthReport healthOf(String ws, Customer customer) {
        Store store = context.store();
        return health.score(customer, store.stats(ws, customer.id()), store.touches(ws, customer.id(), 200),
                store.commitments(ws, customer.id()), store.feedback(ws, customer.id()), context.now());
    }

    private static String explain(HealthReport report) {
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
                + (t.note().isBlank() ? "" : ": " + t.note());
    }

    private static String lines(List<String> items, String empty) {
        return items.isEmpty() ? empty : String.join("\n", items);
    }
}
