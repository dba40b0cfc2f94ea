package io.rapport.core.rule;

import io.rapport.core.model.Customer;
import io.rapport.core.model.ImportantDate;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Person;
import io.rapport.core.rulebook.Rulebook;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Extra consideration: an important date (renewal, go-live anniversary, birthday, any label) nudges the owner
 * its label's lead time before it, at the start of the team's working day (the working day before, when that
 * day is off). Every date recurs yearly: when one
 * reminder comes due, next year's is planned. A reminder expires when its date has passed. Setting the label
 * again replaces the plan.
 */
public final class DatesRule implements Rule {
    public static final String ID = "dates";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean enabled(Rulebook rulebook) {
        return rulebook.dates().enabled();
    }

    static String key(String customerId, String label, LocalDate occurrence) {
        return ID + ":" + customerId + ":" + label + ":" + occurrence;
    }

    @Override
    public List<Decision> onDateSet(RuleContext context, ImportantDate date) {
        List<Decision> out = new ArrayList<>();
        context.activeOf(ID).stream().filter(n -> n.get("label").equals(date.label()))
                .forEach(n -> out.add(new Decision.Clear(n.key())));
        Person to = context.responsible() != null ? context.responsible() : date.setBy();
        ZoneId zone = context.rulebook().team().timezone();
        LocalDate today = context.now().atZone(zone).toLocalDate();
        if (to != null) {
            out.add(plan(context, date.label(), date.date(), next(date.date(), today), to));
        }
        return out;
    }

    @Override
    public List<Decision> onDue(RuleContext context, Nudge due) {
        LocalDate occurrence = LocalDate.parse(due.get("occurrence"));
        LocalDate original = LocalDate.parse(due.get("date"));
        if (due.assignee() == null) {
            return List.of();
        }
        return List.of(plan(context, due.get("label"), original, next(original, occurrence.plusDays(1)),
                due.assignee()));
    }

    /** The first yearly occurrence of {@code date} on or after {@code from} (29 February falls on the 28th). */
    static LocalDate next(LocalDate date, LocalDate from) {
        if (!date.isBefore(from)) {
            return date;
        }
        LocalDate candidate = date.withYear(from.getYear());
        return candidate.isBefore(from) ? date.withYear(from.getYear() + 1) : candidate;
    }

    private static Decision plan(RuleContext context, String label, LocalDate original, LocalDate occurrence,
                                 Person to) {
        Rulebook rulebook = context.rulebook();
        ZoneId zone = rulebook.team().timezone();
        LocalDate remindOn = workingDayOnOrBefore(occurrence.minusDays(rulebook.dates().leadTime(label).toDays()),
                rulebook.team().workDays());
        var at = remindOn.atTime(rulebook.team().dayStart()).atZone(zone).toInstant();
        var due = at.isBefore(context.now()) ? context.now() : at;
        var expires = occurrence.plusDays(1).atStartOfDay(zone).toInstant();
        return new Decision.Schedule(key(context.customer().id(), label, occurrence), to, due,
                Map.of("label", label, "date", original.toString(), "occurrence", occurrence.toString()))
                .expiring(expires);
    }

    /** A reminder that would fall on a day off comes on the working day before it, so it is never late. */
    private static LocalDate workingDayOnOrBefore(LocalDate day, Set<DayOfWeek> workDays) {
        LocalDate d = day;
        for (int i = 0; i < 7 && !workDays.isEmpty() && !workDays.contains(d.getDayOfWeek()); i++) {
            d = d.minusDays(1);
        }
        return d;
    }

    @Override
    public NudgeText text(Nudge nudge, Customer customer, RenderContext render) {
        String label = nudge.get("label");
        LocalDate occurrence = LocalDate.parse(nudge.get("occurrence"));
        LocalDate today = render.now().atZone(render.rulebook().team().timezone()).toLocalDate();
        long days = ChronoUnit.DAYS.between(today, occurrence);
        String when = days <= 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
        return new NudgeText("Coming up: " + customer.name() + "'s " + label,
                customer.name() + "'s " + label + " is " + when + ", on " + DAY.format(occurrence) + ".",
                "Extra consideration: remember what matters to them.", next(label),
                List.of(Words.fact("Customer", customer.name()), Words.fact("Date", DAY.format(occurrence))),
                null, null, false);
    }

    private static String next(String label) {
        return switch (label) {
            case "renewal" -> "Plan the renewal conversation: the value they got this year, what is still open, "
                    + "and what comes next.";
            case "anniversary" -> "Mark it with a short note on what you have achieved together.";
            case "birthday" -> "Send them a personal birthday message.";
            default -> "Prepare for it, and let them know you remembered.";
        };
    }
}
