package io.rapport.core.detect;

import com.google.gson.JsonObject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Messages per second through each detector on one thread, over the corpus texts: a benchmark, not a test
 * (nothing asserts a speed). Both wall-clock and CPU rates are printed, since a shared machine slows the
 * wall clock. Run after {@code ./mvnw -o -q -pl bot-core test-compile} with
 * {@code java -cp "bot-core/target/classes:bot-core/target/test-classes:$(cat cp.txt)"
 * io.rapport.core.detect.DetectorThroughput}, where cp.txt comes from
 * {@code ./mvnw -o -q -pl bot-core dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class DetectorThroughput {

    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 5_000_000_000L;

    private DetectorThroughput() {
    }

    public static void main(String[] args) throws Exception {
        List<String> customer = Corpus.rows("customer_messages.jsonl").stream().map(r -> Corpus.text(r, "text")).toList();
        List<String> teammate = Corpus.rows("teammate_messages.jsonl").stream().map(DetectorThroughput::text).toList();
        GestureDetector gestures = new RuleBasedGestureDetector();
        TeammateDetector teammates = new RuleBasedTeammateDetector();
        ZonedDateTime said = ZonedDateTime.of(2025, 6, 11, 10, 0, 0, 0, ZoneId.of("America/New_York"));
        run("customer", customer, gestures::classify);
        run("teammate", teammate, t -> teammates.analyze(t, said, "en-US"));
    }

    private static String text(JsonObject row) {
        return Corpus.text(row, "text");
    }

    private static void run(String name, List<String> texts, Consumer<String> detector) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        loop(texts, detector, WARM_UP_NANOS);
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        long n = loop(texts, detector, MEASURE_NANOS);
        double wall = (System.nanoTime() - wallStart) / 1e9;
        double used = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %,.0f messages/s of CPU time on one thread (%,.0f/s wall clock)%n",
                name, n / used, n / wall);
    }

    private static long loop(List<String> texts, Consumer<String> detector, long nanos) {
        long n = 0;
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            for (String t : texts) {
                detector.accept(t);
                n++;
            }
        }
        return n;
    }
}
