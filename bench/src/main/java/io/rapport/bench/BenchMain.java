package io.rapport.bench;

import io.rapport.core.detect.GestureDetector;
import io.rapport.core.detect.RuleBasedGestureDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs the benchmarks and writes docs/PERFORMANCE.md. Ratios come from one invocation, side by side.
 * Usage: {@code bench/run.sh [ingest] [teams] [scheduler] [dispatch] [memory] [startup] [detection]}
 * (all when none is named).
 */
public final class BenchMain {
    static final List<String> ALL = List.of("ingest", "teams", "scheduler", "dispatch", "memory", "startup",
            "detection");

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> chosen = args.length == 0 ? ALL : Arrays.asList(args);
        Path root = Path.of(System.getProperty("rapport.root", ".")).toAbsolutePath().normalize();
        List<Row> rows = new ArrayList<>();
        String redisVersion = "not used";
        try (BenchRedis redis = BenchRedis.start()) {
            redisVersion = redis.version;
            if (chosen.contains("ingest")) {
                IngestRows.add(rows, IngestBench.run(redis, root.resolve("app/target/rapport.jar"), 50,
                        Duration.ofSeconds(5), 3));
            }
            if (chosen.contains("teams")) {
                TeamsIngestRows.add(rows, TeamsIngestBench.run(redis, root.resolve("app/target/rapport.jar"), 50,
                        Duration.ofSeconds(5), 3));
            }
            if (chosen.contains("scheduler")) {
                System.out.println("Scheduler at scale (Redis " + redis.version + "):");
                SchedulerScaleBench.run(redis, new int[] {10_000}); // warm-up: the JIT, connections, scripts
                var results = SchedulerScaleBench.run(redis, new int[] {10_000, 100_000, 1_000_000});
                var small = results.get(0);
                for (var r : results) {
                    double ratio = r.medianMicros() / small.medianMicros();
                    rows.add(new Row(String.format(Locale.ROOT, "claim 100 due nudges, %,d pending", r.pending()),
                            String.format(Locale.ROOT, "%.0f µs median, %.0f µs p99", r.medianMicros(),
                                    r.p99Micros()),
                            String.format(Locale.ROOT, "10,000 pending: %.0f µs", small.medianMicros()),
                            String.format(Locale.ROOT, "%.2f", ratio), "ratio ≤ 1.5",
                            r.pending() == small.pending() ? null : ratio <= 1.5, ""));
                }
            }
            if (chosen.contains("dispatch")) {
                DispatchRows.add(rows, redis);
            }
            if (chosen.contains("memory")) {
                int customers = 2_000;
                MemoryBench.Result memory = MemoryBench.bytesPerCustomer(redis, customers);
                double bytes = memory.perCustomer();
                System.out.printf("Redis memory: %.0f bytes per customer (%d customers): %s%n", bytes, customers,
                        memory.breakdown());
                rows.add(new Row("Redis bytes per customer (profile, 200 touches, 5 promises, 5 pending nudges)",
                        String.format(Locale.ROOT, "%,.0f B", bytes), "8 KB budget",
                        String.format(Locale.ROOT, "%.2f", bytes / 8192), "≤ 8,192 B", bytes <= 8192,
                        "MEMORY USAGE over every key of the workspace, " + customers + " customers; per customer "
                                + "by key kind: " + memory.breakdown()));
            }
        }
        if (chosen.contains("startup")) {
            Path jar = root.resolve("app/target/rapport.jar");
            double[] plain = StartupBench.run(jar, 7, false);
            double median = Stats.median(plain);
            System.out.printf("Start-up to /ready, restarts: median %.0f ms of %d runs %s%n", median, plain.length,
                    Arrays.toString(Arrays.stream(plain).mapToLong(Math::round).toArray()));
            rows.add(new Row("start-up, jar to /ready (embedded Redis), a restart on its data directory",
                    String.format(Locale.ROOT, "%.0f ms median of %d", median, plain.length), "1,500 ms target",
                    String.format(Locale.ROOT, "%.2f", median / 1500), "< 1,500 ms", median < 1500,
                    "the data directory one unmeasured start laid down, as a service is restarted"));
            double[] first = StartupBench.run(jar, 7, true);
            double firstMedian = Stats.median(first);
            System.out.printf("Start-up to /ready, first starts: median %.0f ms of %d runs %s%n", firstMedian,
                    first.length, Arrays.toString(Arrays.stream(first).mapToLong(Math::round).toArray()));
            rows.add(new Row("start-up, first start on an empty data directory", String.format(Locale.ROOT,
                    "%.0f ms median of %d", firstMedian, first.length), String.format(Locale.ROOT,
                    "restart: %.0f ms", median), String.format(Locale.ROOT, "%.2f", firstMedian / median),
                    "< 1,500 ms", firstMedian < 1500, "the first start also writes the bundled redis-server (10 MB)"
                    + " out of the jar into the data directory"));
            Path archive = StartupBench.appCdsArchive(jar, root.resolve("bench/target/rapport-app.jsa"));
            double[] cds = StartupBench.run(jar, 7, false, "-XX:SharedArchiveFile=" + archive);
            double cdsMedian = Stats.median(cds);
            System.out.printf("Start-up to /ready with AppCDS, restarts: median %.0f ms of %d runs %s%n", cdsMedian,
                    cds.length, Arrays.toString(Arrays.stream(cds).mapToLong(Math::round).toArray()));
            rows.add(new Row("start-up with an AppCDS archive (-XX:SharedArchiveFile), a restart",
                    String.format(Locale.ROOT, "%.0f ms median of %d", cdsMedian, cds.length),
                    String.format(Locale.ROOT, "without: %.0f ms", median), String.format(Locale.ROOT, "%.2f",
                    cdsMedian / median), "< 1,500 ms", cdsMedian < 1500, "archive made by one training run with "
                    + "-XX:ArchiveClassesAtExit (see README, Run it)"));
        }
        if (chosen.contains("detection")) {
            Path corpus = root.resolveSibling("shared/corpus/customer_messages.jsonl");
            if (Files.exists(corpus)) {
                GestureDetector detector = new RuleBasedGestureDetector();
                double rate = DetectionBench.messagesPerSecond(detector, DetectionBench.corpus(corpus),
                        Duration.ofSeconds(5));
                System.out.printf("Detection: %,.0f customer messages/s on one thread (%s)%n", rate,
                        detector.getClass().getSimpleName());
                rows.add(new Row("detection, customer messages classified per second, one core",
                        String.format(Locale.ROOT, "%,.0f /s", rate), "20,000 /s target",
                        String.format(Locale.ROOT, "%.1f", rate / 20_000), "≥ 20,000 /s", rate >= 20_000,
                        detector.getClass().getSimpleName()));
            } else {
                System.out.println("Detection: skipped, no corpus at " + corpus);
            }
        }
        Report.write(root.resolve("docs/PERFORMANCE.md"), rows, chosen, redisVersion,
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        System.out.println("Wrote " + root.resolve("docs/PERFORMANCE.md"));
    }
}
