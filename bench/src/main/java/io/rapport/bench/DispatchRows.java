package io.rapport.bench;

import java.util.List;
import java.util.Locale;

/** The dispatch benchmark's rows: nudges per second, and the pace each channel was held to. */
final class DispatchRows {
    static final int TEAMMATES = 6_000;
    static final int EACH = 5;
    /** As many delivery threads as the jar's SchedulerLoop has. */
    static final int THREADS = Integer.getInteger("rapport.bench.deliverers", 16);

    private DispatchRows() {
    }

    static void add(List<Row> rows, BenchRedis redis) throws Exception {
        DispatchBench.run(redis, 500, 2, 200, THREADS); // warm-up: the JIT, connections, scripts
        DispatchBench.Result r = DispatchBench.run(redis, TEAMMATES, EACH, 200, THREADS);
        System.out.printf(Locale.ROOT, "Dispatch: %,d nudges to %,d channels in %.1f s, %,.0f /s; at most %d to one "
                + "channel within a second; CPU per nudge %.0f µs in the JVM, %.0f µs in Redis%n", r.delivered(),
                r.channels(), r.seconds(), r.perSecond(), r.maxPerChannelInOneSecond(), r.jvmMicrosEach(),
                r.redisMicrosEach());
        rows.add(new Row(String.format(Locale.ROOT, "dispatch, due nudges delivered per second to a fake Slack Web "
                        + "API (%,d private reminders, %,d teammates)", TEAMMATES * EACH, TEAMMATES),
                String.format(Locale.ROOT, "%,.0f /s", r.perSecond()), "5,000 /s target",
                String.format(Locale.ROOT, "%.2f", r.perSecond() / 5000), "≥ 5,000 /s", r.perSecond() >= 5000,
                String.format(Locale.ROOT, "%,d of %,d delivered in %.1f s by %d delivery threads; the real "
                        + "Scheduler, SlackMessenger, Pacer and Slack SDK client against a loopback fake that answers "
                        + "at once; CPU per nudge %.0f µs in the JVM (fake included) and %.0f µs in Redis, so %d cores "
                        + "could deliver at most about %,.0f /s", r.delivered(), TEAMMATES * EACH, r.seconds(), THREADS,
                        r.jvmMicrosEach(), r.redisMicrosEach(), Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().availableProcessors() * 1e6 / (r.jvmMicrosEach() + r.redisMicrosEach()))));
        rows.add(new Row("dispatch, most messages one channel received within any second",
                String.format(Locale.ROOT, "%d", r.maxPerChannelInOneSecond()), "Slack: about 1 /s, short bursts",
                "n/a", "≤ 3 (the pacer's burst)", r.maxPerChannelInOneSecond() <= 3,
                String.format(Locale.ROOT, "%,d channels", r.channels())));
    }
}
