package io.rapport.bench;

import io.rapport.bench.IngestBench.Run;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The Slack ingest result as report rows: throughput against the bare Bolt app, latency, persistence, heap. */
final class IngestRows {
    private IngestRows() {
    }

    static void add(List<Row> rows, IngestBench.Result r) {
        double ours = median(r.rapport(), IngestBench.Run::perSecond);
        double theirs = median(r.baseline(), IngestBench.Run::perSecond);
        double p50 = median(r.rapport(), IngestBench.Run::p50);
        double p99 = median(r.rapport(), IngestBench.Run::p99);
        double max = r.rapport().stream().mapToDouble(IngestBench.Run::max).max().orElse(0);
        int failures = r.rapport().stream().mapToInt(IngestBench.Run::failures).sum();
        int bareFailures = r.baseline().stream().mapToInt(IngestBench.Run::failures).sum();
        System.out.printf(Locale.ROOT, "Slack ingest: Rapport %.0f/s p50 %.1f ms p99 %.1f ms max %.0f ms (%d not 200);"
                + " bare Bolt %.0f/s p50 %.1f ms p99 %.1f ms (%d not 200); runs %s / %s%n", ours, p50, p99, max,
                failures, theirs, median(r.baseline(), IngestBench.Run::p50),
                median(r.baseline(), IngestBench.Run::p99), bareFailures, r.rapport(), r.baseline());
        System.out.printf(Locale.ROOT, "Slack ingest: %,d events sent, %,d touches persisted (%.1f s after the load);"
                + " heap %s%n", r.sent(), r.persisted(), r.drainSeconds(), r.heap());
        double ratio = ours / theirs;
        rows.add(new Row("Slack event ingest, requests/s at 50 connections (POST /slack/events of the jar)",
                String.format(Locale.ROOT, "%,.0f /s median of %d", ours, r.rapport().size()),
                String.format(Locale.ROOT, "bare Bolt app, same bridge: %,.0f /s", theirs),
                String.format(Locale.ROOT, "%.2f", ratio), "ratio ≥ 0.7", ratio >= 0.7,
                "signed Slack Connect message events, a distinct event_id each, closed loop, "
                        + "runs alternating with the baseline; the load generator shares the 2 cores"));
        rows.add(new Row("Slack event ingest latency at 50 connections", String.format(Locale.ROOT,
                "p50 %.1f ms, p99 %.1f ms, max %.0f ms", p50, p99, max), String.format(Locale.ROOT,
                "bare Bolt: p50 %.1f ms, p99 %.1f ms", median(r.baseline(), IngestBench.Run::p50),
                median(r.baseline(), IngestBench.Run::p99)), String.format(Locale.ROOT, "%.2f",
                p99 / median(r.baseline(), IngestBench.Run::p99)), "p99 < 25 ms, all < 3 s",
                p99 < 25 && max < 3000 && failures == 0, failures + " responses other than 200"));
        Run open = r.openRapport();
        System.out.printf(Locale.ROOT, "Slack ingest at %d/s open loop: Rapport %s; bare Bolt %s%n",
                IngestBench.OPEN_RATE, open, r.openBaseline());
        rows.add(new Row(String.format(Locale.ROOT, "Slack event ingest latency at a fixed %d requests/s (open loop)",
                IngestBench.OPEN_RATE), String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, max %.0f ms",
                open.p50(), open.p99(), open.max()), String.format(Locale.ROOT, "bare Bolt: p50 %.1f ms, p99 %.1f ms",
                r.openBaseline().p50(), r.openBaseline().p99()), String.format(Locale.ROOT, "%.2f",
                open.p99() / r.openBaseline().p99()), "p99 < 25 ms, all < 3 s",
                open.p99() < 25 && open.max() < 3000 && open.failures() == 0, String.format(Locale.ROOT,
                "each latency from the request's planned send time; %d responses other than 2xx", open.failures())));
        rows.add(new Row("Slack events persisted (touches counted in Redis afterwards)", String.format(Locale.ROOT,
                "%,d of %,d", r.persisted(), r.sent()), "every event acknowledged", String.format(Locale.ROOT, "%.3f",
                (double) r.persisted() / r.sent()), "all", r.persisted() == r.sent(),
                String.format(Locale.ROOT, "the worker finished %.1f s after the load stopped", r.drainSeconds())));
        double live = r.heap().liveMegabytes();
        rows.add(new Row("JVM heap kept under the ingest load: in use after a full collection right after it (jar's"
                + " /metrics)", String.format(Locale.ROOT, "%.0f MB", live), "256 MB target", String.format(Locale.ROOT,
                "%.2f", live / 256), "< 256 MB", live < 256, String.format(Locale.ROOT, "default JVM heap settings"
                + " (on this 24 GiB machine the JVM may grow the heap to 6 GB, so garbage is collected late): %.0f MB"
                + " in use before the collection, uncollected garbage included", r.heap().inUseMegabytes())));
    }

    private static double median(List<IngestBench.Run> runs, ToDoubleFunction<IngestBench.Run> f) {
        return Stats.median(runs.stream().mapToDouble(f).toArray());
    }
}
