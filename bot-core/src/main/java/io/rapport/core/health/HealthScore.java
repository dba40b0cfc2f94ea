package io.rapport.core.health;

import io.rapport.core.model.Commitment;
import io.rapport.core.model.Customer;
import io.rapport.core.model.FeedbackEntry;
import io.rapport.core.model.TouchKind;
import io.rapport.core.port.CustomerStats;
import io.rapport.core.rulebook.Rulebook;
import io.rapport.core.time.Ago;
import io.rapport.core.time.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The explained health score of PRODUCT.md §3: a weighted mean of components, each shown with the fact
 * behind it so a person can see why it moved. Pure: everything it needs is passed in.
 */
public final class HealthScore {
    private static final Duration COMPLAINT_WINDOW = Duration.ofDays(30);
    private final Rulebook rulebook;

    public HealthScore(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    public HealthReport score(HealthInputs in, Instant now) {
        Customer customer = in.customer();
        CustomerStats stats = in.stats();
        List<Commitment> commitments = in.commitments();
        List<FeedbackEntry> feedback = in.feedback();
        Map<String, Integer> w = rulebook.health().weights();
        List<HealthComponent> parts = new ArrayList<>();
        Instant since = stats.lastTouchAt() != null ? stats.lastTouchAt() : customer.createdAt();
        Duration cadence = rulebook.keepInTouch().of(customer.tier());
        parts.add(new HealthComponent("recency", decay(since, cadence, now), w.get("recency"),
                (stats.lastTouchAt() == null ? "no touch yet, added " : "last touch ") + span(since, cadence, now)));

        long received = stats.gesturesIn();
        long returned = stats.gesturesOut();
        int reciprocity = received == 0 ? 100 : (int) Math.min(100, Math.round(100.0 * returned / received));
        parts.add(new HealthComponent("reciprocity", reciprocity, w.get("reciprocity"),
                received + " gestures received, " + returned + " returned"));

        long judged = commitments.stream().filter(c -> c.status() == Commitment.Status.KEPT || c.isBroken(now))
                .count();
        long broken = commitments.stream().filter(c -> c.isBroken(now)).count();
        int keeping = judged == 0 ? 100 : (int) Math.round(100.0 * (judged - broken) / judged);
        parts.add(new HealthComponent("promises", keeping, w.get("promises"),
                judged == 0 ? "no promise due yet" : (judged - broken) + " of " + judged + " promises kept on time"));

        Instant faceSince = stats.lastFaceTimeAt() != null ? stats.lastFaceTimeAt() : customer.createdAt();
        Duration faceCadence = rulebook.faceTime().of(customer.tier());
        parts.add(new HealthComponent("face_time", decay(faceSince, faceCadence, now), w.get("face_time"),
                (stats.lastFaceTimeAt() == null ? "no face-to-face yet, added " : "last face-to-face ")
                        + span(faceSince, faceCadence, now)));

        List<FeedbackEntry> latest = feedback.stream()
                .sorted(java.util.Comparator.comparing(FeedbackEntry::at).reversed()).limit(5).toList();
        double avg = latest.stream().mapToInt(FeedbackEntry::score).average().orElse(0);
        int fb = latest.isEmpty() ? 60 : (int) Math.round((avg - 1) / 4 * 100);
        parts.add(new HealthComponent("feedback", fb, w.get("feedback"), latest.isEmpty()
                ? "no feedback yet (counted as neutral)"
                : String.format(java.util.Locale.ROOT, "average %.1f of 5 over the last %d", avg, latest.size())));

        long complaints = in.recent().stream().filter(t -> t.kind() == TouchKind.COMPLAINT)
                .filter(t -> t.at().isAfter(now.minus(COMPLAINT_WINDOW))).count();
        int open = in.openComplaints();
        parts.add(new HealthComponent("complaints", (int) Math.max(0, 100 - 25 * complaints - 25 * open),
                w.get("complaints"), complaints + " complaints in the last 30 days"
                        + (open == 0 ? "" : ", " + open + " not yet acknowledged")));

        // weights are normalised: a team may write them as percentages or as any relative numbers
        int totalWeight = parts.stream().mapToInt(HealthComponent::weight).sum();
        double weighted = parts.stream().mapToDouble(p -> (double) p.value() * p.weight()).sum();
        int score = (int) Math.round(weighted / totalWeight);
        return new HealthReport(score, band(score), List.copyOf(parts));
    }

    private HealthReport.Band band(int score) {
        if (score >= rulebook.health().green()) {
            return HealthReport.Band.GREEN;
        }
        return score >= rulebook.health().yellow() ? HealthReport.Band.YELLOW : HealthReport.Band.RED;
    }

    /** 100 while within half the cadence, falling linearly to 0 at twice the cadence. */
    static int decay(Instant since, Duration cadence, Instant now) {
        double age = Math.max(0, Duration.between(since, now).toMinutes());
        double half = cadence.toMinutes() / 2.0;
        double zero = cadence.toMinutes() * 2.0;
        if (age <= half) {
            return 100;
        }
        if (age >= zero) {
            return 0;
        }
        return (int) Math.round(100 * (zero - age) / (zero - half));
    }

    /** "94 days ago, cadence 90"; in minutes for the sub-day cadences of a demo rulebook. */
    private static String span(Instant since, Duration cadence, Instant now) {
        if (cadence.toDays() >= 1) {
            return Math.max(0, Duration.between(since, now).toDays()) + " days ago, cadence " + cadence.toDays();
        }
        return Ago.of(since, now) + ", cadence " + Durations.human(cadence);
    }
}
