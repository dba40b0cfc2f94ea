package io.rapport.bench;

import java.util.List;
import java.util.Locale;

/** The Teams ingest result as report rows: throughput against the bare Bot Framework bot, and persistence. */
final class TeamsIngestRows {
    private TeamsIngestRows() {
    }

    static void add(List<Row> rows, TeamsIngestBench.Result r) {
        double ours = Stats.median(r.rapport().stream().mapToDouble(IngestBench.Run::perSecond).toArray());
        double theirs = Stats.median(r.baseline().stream().mapToDouble(IngestBench.Run::perSecond).toArray());
        double p99 = Stats.median(r.rapport().stream().mapToDouble(IngestBench.Run::p99).toArray());
        double bareP99 = Stats.median(r.baseline().stream().mapToDouble(IngestBench.Run::p99).toArray());
        int failures = r.rapport().stream().mapToInt(IngestBench.Run::failures).sum();
        System.out.printf(Locale.ROOT, "Teams ingest: Rapport %.0f/s p99 %.1f ms (%d not 2xx); bare Bot Framework "
                + "%.0f/s p99 %.1f ms; %,d sent, %,d touches persisted (%.1f s after the load); runs %s / %s%n", ours,
                p99, failures, theirs, bareP99, r.sent(), r.persisted(), r.catchUpSeconds(), r.rapport(), r.baseline());
        double ratio = ours / theirs;
        rows.add(new Row("Teams activity ingest, requests/s at 50 connections (POST /api/messages of the jar)",
                String.format(Locale.ROOT, "%,.0f /s median of %d, p99 %.1f ms", ours, r.rapport().size(), p99),
                String.format(Locale.ROOT, "bare Bot Framework bot: %,.0f /s, p99 %.1f ms", theirs, bareP99),
                String.format(Locale.ROOT, "%.2f", ratio), "ratio ≥ 0.7", ratio >= 0.7 && failures == 0,
                String.format(Locale.ROOT, "a customer's contact writing in a linked channel, a distinct activity "
                        + "id each, unauthenticated (no MICROSOFT_APP_ID), closed loop, runs alternating with the "
                        + "baseline; Rapport answers 202 once the activity is in the workspace's Redis inbox and a "
                        + "worker makes the touch: %,d of %,d activities were touches in Redis afterwards, the worker "
                        + "finishing %.1f s after the load stopped; %d answers other than 2xx", r.persisted(), r.sent(),
                        r.catchUpSeconds(), failures)));
    }
}
