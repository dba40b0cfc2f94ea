package io.rapport.bench;

import io.rapport.core.detect.RuleBasedGestureDetector;
import io.rapport.core.detect.RuleBasedTeammateDetector;
import io.rapport.core.engine.Engine;
import io.rapport.core.engine.Scheduler;
import io.rapport.core.model.Commitment;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Person;
import io.rapport.core.model.Tier;
import io.rapport.core.port.Change;
import io.rapport.core.rule.BusinessHours;
import io.rapport.core.rule.PromiseRule;
import io.rapport.core.rule.Rules;
import io.rapport.core.rulebook.Rulebook;
import io.rapport.core.rulebook.RulebookLoader;
import io.rapport.slack.SlackAdapter;
import io.rapport.slack.SlackSettings;
import io.rapport.store.redis.RedisStore;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dispatch: many promise reminders due now for many teammates, each reminder a private Slack message (so each
 * teammate is a channel), delivered by the real {@link Scheduler} with the Slack adapter's messenger, pacer and
 * Web API client against a loopback fake. Measures nudges delivered per second and the most messages any one
 * channel received within a second.
 */
final class DispatchBench {
    private static final String TEAM = "T0DISPATCH";
    private static final String WS = "slack:" + TEAM;

    record Result(int delivered, double perSecond, int maxPerChannelInOneSecond, int channels, double seconds,
            double jvmMicrosEach, double redisMicrosEach) {
    }

    private DispatchBench() {
    }

    /**
     * @param teammates how many teammates, hence DM channels
     * @param each      reminders per teammate; due times interleave teammates, as many teams' reminders would
     */
    static Result run(BenchRedis redis, int teammates, int each, int batch, int threads) throws Exception {
        redis.client.flushAll();
        Rulebook rulebook = RulebookLoader.defaults();
        // the scheduler's clock reads an instant inside working hours, so private reminders go at once
        Instant real = Instant.now();
        Instant open = BusinessHours.of(rulebook.team()).nextOpen(real).plus(Duration.ofHours(1));
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(real, open));
        RedisStore store = new RedisStore(redis.client);
        seed(store, clock.instant(), teammates, each);
        Engine engine = new Engine(store, rulebook, clock, Rules.all(), new RuleBasedGestureDetector(),
                new RuleBasedTeammateDetector(), (phrase, ref) -> Optional.empty());
        try (FakeSlackApi slack = new FakeSlackApi()) {
            SlackAdapter adapter = SlackAdapter.create(new SlackSettings("bench-secret", Optional.of("xoxb-bench"),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(slack.apiUrl())), engine, store,
                    redis.client, clock);
            AtomicInteger failed = new AtomicInteger();
            Scheduler scheduler = new Scheduler(store, engine, adapter.messenger(), clock, new Scheduler.Listener() {
                @Override
                public void delivered(Nudge nudge) {
                }

                @Override
                public void failed(Nudge nudge, RuntimeException cause) {
                    failed.incrementAndGet();
                }
            });
            // as the jar's SchedulerLoop runs it
            ExecutorService deliverers = Executors.newFixedThreadPool(threads);
            int total = teammates * each;
            int delivered = 0;
            double redisCpu = redisCpuSeconds(redis);
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            long deadline = start + Duration.ofMinutes(3).toNanos();
            while (delivered < total && System.nanoTime() < deadline) {
                delivered += scheduler.runOnce(batch, deliverers);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double jvmMicros = (processCpuNanos() - cpu) / 1e3 / Math.max(1, delivered);
            double redisMicros = (redisCpuSeconds(redis) - redisCpu) * 1e6 / Math.max(1, delivered);
            deliverers.shutdown();
            adapter.close();
            int busiest = slack.posts().values().stream().mapToInt(DispatchBench::mostInOneSecond).max().orElse(0);
            if (failed.get() > 0) {
                System.out.println("Dispatch: " + failed.get() + " failed attempts (retried later)");
            }
            return new Result(delivered, delivered / seconds, busiest, slack.posts().size(), seconds, jvmMicros,
                    redisMicros);
        } finally {
            redis.client.flushAll();
        }
    }

    /** CPU time of this JVM (the scheduler, the Slack client and the fake Slack, which answers cheaply). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time Redis reports having used, user and system. */
    private static double redisCpuSeconds(BenchRedis redis) {
        double total = 0;
        for (String line : redis.client.info("cpu").lines().toList()) {
            if (line.startsWith("used_cpu_user:") || line.startsWith("used_cpu_sys:")) {
                total += Double.parseDouble(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return total;
    }

    /** The most posts within any one-second window. */
    static int mostInOneSecond(List<Long> nanos) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        sorted.sort(null);
        int most = 0;
        for (int from = 0, to = 0; to < sorted.size(); to++) {
            while (sorted.get(to) - sorted.get(from) >= 1_000_000_000L) {
                from++;
            }
            most = Math.max(most, to - from + 1);
        }
        return most;
    }

    /** One customer per teammate, with {@code each} open promises whose reminders are all due. */
    private static void seed(RedisStore store, Instant now, int teammates, int each) {
        Instant due = now.minus(Duration.ofMinutes(5));
        for (int t = 0; t < teammates; t++) {
            Person owner = new Person("U" + (1_000_000 + t), "Teammate " + t);
            String customerId = "c" + t;
            List<Change> changes = new ArrayList<>();
            changes.add(new Change.PutCustomer(new Customer(customerId, "Customer " + t, Tier.STANDARD, owner,
                    List.of(), List.of(), now.minus(Duration.ofDays(30)))));
            for (int k = 0; k < each; k++) {
                String promise = "p" + t + "x" + k;
                Instant at = due.plusMillis(k * 10_000L + t % 10_000);
                changes.add(new Change.PutCommitment(new Commitment(promise, customerId, owner,
                        "send the updated pricing sheet", at, now.minus(Duration.ofDays(2)), Commitment.Status.OPEN,
                        null)));
                changes.add(new Change.PutNudge(new Nudge("n" + t + "x" + k, customerId, PromiseRule.ID,
                        PromiseRule.dueKey(promise), owner, NudgeState.SCHEDULED, at, now.minus(Duration.ofDays(2)),
                        0, 0, Map.of("promise", promise, "text", "send the updated pricing sheet", "due",
                                at.toString(), "at", now.minus(Duration.ofDays(2)).toString(), "stage", "due"),
                        null, null)));
            }
            store.commit(WS, List.of(), changes);
        }
    }
}
