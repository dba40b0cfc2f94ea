package io.rapport.app.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.app.RapportProcess;
import io.rapport.core.model.Commitment;
import io.rapport.core.model.Customer;
import io.rapport.slack.FakeSlack;
import io.rapport.store.redis.RealCluster;
import io.rapport.store.redis.RedisStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.RedisClusterClient;

/**
 * Fault scenario 6: two Rapport processes on a Redis Cluster of three masters with a replica each. Under Slack
 * traffic (events and commands to both) and reminders coming due, the master holding the workspace's slot is
 * killed with SIGKILL; its replica takes over. Every write acknowledged after the failover settled is kept, every
 * reminder reaches Slack exactly once, and a write acknowledged before the kill can be lost only if Redis had not
 * yet copied it to the replica (replication is asynchronous): how many were is printed. On demand, with
 * {@code scripts/cluster.sh}.
 */
class RedisClusterFailoverE2E {
    private static final Duration LEASE = Duration.ofSeconds(4);
    private static final Pattern REPORT = Pattern.compile("report (\\d+)");

    @TempDir
    Path dir;

    @Test
    void a_master_killed_under_load_fails_over_and_every_write_acknowledged_after_that_is_kept() throws Exception {
        Duration before = Duration.ofSeconds(Long.getLong("rapport.fault.beforeSeconds", 6));
        Duration after = Duration.ofSeconds(Long.getLong("rapport.fault.afterSeconds", 10));
        int n = Reminders.count(300);
        String slot = "rapport:{" + Fleet.WORKSPACE + "}:";
        try (RealCluster cluster = RealCluster.start();
             RedisClusterClient client = RedisClusterClient.create(new HashSet<>(cluster.seeds()));
             Fleet fleet = Fleet.on(dir, cluster.url(), LEASE)) {
            List<RapportProcess> instances = List.of(fleet.startInstance(), fleet.startInstance());
            RedisOutageE2E.command(fleet, instances.get(0), "C999", "add Acme tier key owner <@U1|alex>");
            RedisOutageE2E.command(fleet, instances.get(0), "C111", "link acme");
            // reminders come due evenly from 2 s on, through the kill and past the failover
            Instant first = Instant.now().plusSeconds(2);
            long spread = before.plus(after).plusSeconds(5).toMillis();
            List<String> keys = Reminders.plant(client, n, i -> first.plusMillis(i * spread / n));
            cluster.awaitReplicated(); // planted and copied: the reminders themselves are not at stake
            int victim = cluster.masterOf(slot);

            ClusterLoad load = new ClusterLoad(fleet, instances, "C111", "C999");
            load.start();
            Thread.sleep(before.toMillis());
            long killed = System.nanoTime();
            long killedAtMillis = System.currentTimeMillis();
            ReadySampler readiness = ReadySampler.start(instances.get(1));
            cluster.kill(victim);
            Duration failover = cluster.awaitFailover(slot, victim);
            long settled = System.nanoTime();
            long settledAtMillis = System.currentTimeMillis();
            boolean ready = Fleet.await(Duration.ofSeconds(30), () -> instances.stream().allMatch(p -> ready(p)));
            long readyAfter = (System.nanoTime() - settled) / 1_000_000;
            String notReady = readiness.stop(killed);
            Thread.sleep(after.toMillis());
            load.stop();
            int retried = load.retryRefusedEvents();

            List<ClusterLoad.Write> events = load.events();
            List<ClusterLoad.Write> promises = load.promises();
            long eventsAcked = events.stream().filter(ClusterLoad.Write::acked).count();
            Fleet.await(Duration.ofSeconds(30), () -> touches(client) >= eventsAcked);
            boolean all = Fleet.await(Duration.ofSeconds(60), () -> Reminders.arrived(fleet.slack).size() >= n);
            Thread.sleep(LEASE.toMillis() + 1000); // a claim lost with the master would come due again by now
            long kept = touches(client);
            Set<Integer> promisesKept = promisesKept(client);
            Map<String, Integer> arrived = Reminders.arrived(fleet.slack);
            Reminders.Tally tally = Reminders.Tally.of(keys, arrived);
            // Rapport's own nudges (a customer's thanks plans one) count too: none may arrive twice
            List<Integer> own = arrived.entrySet().stream().filter(e -> !keys.contains(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            long doubledOwn = own.stream().filter(c -> c > 1).count();

            Predicate<ClusterLoad.Write> beforeKill = w -> w.ackedAt() < killed;
            Predicate<ClusterLoad.Write> afterSettled = w -> w.ackedAt() >= settled;
            long eventsBeforeKill = events.stream().filter(ClusterLoad.Write::acked).filter(beforeKill).count();
            long eventsAfter = events.stream().filter(ClusterLoad.Write::acked).filter(afterSettled).count();
            List<ClusterLoad.Write> confirmed = promises.stream().filter(ClusterLoad.Write::acked).toList();
            List<ClusterLoad.Write> lost = confirmed.stream().filter(w -> !promisesKept.contains(w.round())).toList();
            long promisesLostBefore = lost.stream().filter(beforeKill).count();
            long promisesLostAfter = lost.stream().filter(afterSettled).count();
            long promisesLostBetween = lost.size() - promisesLostBefore - promisesLostAfter;
            List<ClusterLoad.Write> late = promises.stream().filter(ClusterLoad.Write::late).toList();
            Map<Integer, Long> lateConfirmed = confirmedLate(fleet);
            List<Integer> lateLostAfter = lateConfirmed.entrySet().stream()
                    .filter(e -> e.getValue() >= settledAtMillis && !promisesKept.contains(e.getKey()))
                    .map(Map.Entry::getKey).toList();
            System.out.printf("[fault] Redis Cluster, a master killed under load (3 masters + 3 replicas, Debian "
                            + "redis-server, AOF everysec, node timeout %d s, 2 instances): failover settled %d ms "
                            + "after the kill, both instances ready %d ms after that (one answered /ready with other "
                            + "than 200 %s after the kill); events sent %d, acknowledged %d (%d before the kill, %d "
                            + "after the failover settled, %d only on Slack's retry), touches kept %d (lost %d, "
                            + "duplicated %d); promises sent %d, confirmed %d (%d before the kill, %d after it "
                            + "settled), answered late %d (%d of them confirming, %d kept), lost %d confirmed before "
                            + "the kill, %d during the failover, %d after; reminders sent %d, arrived %d, lost %d, "
                            + "duplicated %d; nudges Rapport planted from the traffic %d, doubled %d%n",
                    RealCluster.NODE_TIMEOUT.toSeconds(), failover.toMillis(), readyAfter, notReady, events.size(),
                    eventsAcked, eventsBeforeKill, eventsAfter, retried, kept, Math.max(0, eventsAcked - kept),
                    Math.max(0, kept - eventsAcked), promises.size(), confirmed.size(),
                    confirmed.stream().filter(beforeKill).count(), confirmed.stream().filter(afterSettled).count(),
                    late.size(), lateConfirmed.size(),
                    late.stream().filter(w -> promisesKept.contains(w.round())).count(),
                    promisesLostBefore, promisesLostBetween, promisesLostAfter,
                    tally.sent(), tally.arrived(), tally.lost(), tally.duplicated(), own.size(), doubledOwn);

            if (tally.duplicated() > 0 || doubledOwn > 0) {
                System.out.println("[fault] posted more than once, ms after the kill: "
                        + doubled(fleet, killedAtMillis));
            }
            assertNotEquals(victim, cluster.masterOf(slot), "the workspace's slot did not move to the replica");
            assertTrue(ready, "an instance was not ready again after the failover");
            assertEquals(0, promisesLostAfter + promisesLostBetween, "promises confirmed after the kill were lost: "
                    + lost.stream().filter(beforeKill.negate()).map(ClusterLoad.Write::round).toList());
            assertEquals(List.of(), lateLostAfter, "promises confirmed late, after the failover settled, were lost");
            assertTrue(kept >= eventsAcked - eventsBeforeKill, "touches: " + kept + " kept of " + eventsAcked
                    + " acknowledged, more lost than the " + eventsBeforeKill + " acknowledged before the kill");
            assertTrue(eventsAfter > 0 && confirmed.stream().anyMatch(afterSettled), "no load after the failover");
            assertTrue(all, tally.line("timed out"));
            assertEquals(0, tally.lost(), tally.line("lost"));
            assertEquals(0, tally.duplicated(), tally.line("duplicated"));
            assertEquals(0, doubledOwn, "Rapport's own nudges posted twice");
        }
    }

    /** For the first keys that arrived more than once: when each post came, after the kill. */
    private static Map<String, List<Long>> doubled(Fleet fleet, long killedAtMillis) {
        Map<String, List<Long>> at = new TreeMap<>();
        for (FakeSlack.Call c : fleet.slack.calls("chat.postMessage")) {
            String key = c.json("metadata").getAsJsonObject("event_payload").get("key").getAsString();
            at.computeIfAbsent(key, k -> new ArrayList<>()).add(c.atMillis() - killedAtMillis);
        }
        at.entrySet().removeIf(e -> e.getValue().size() < 2);
        return at.entrySet().stream().limit(8).collect(TreeMap::new, (m, e) -> m.put(e.getKey(), e.getValue()),
                Map::putAll);
    }

    /** Polls an instance's /ready on its own thread, noting when the first and the last answer other than 200 came. */
    private static final class ReadySampler {
        private final Thread thread;
        private final AtomicLong firstDown = new AtomicLong(-1);
        private final AtomicLong lastDown = new AtomicLong(-1);
        private volatile boolean running = true;

        private ReadySampler(RapportProcess p) {
            thread = new Thread(() -> {
                try {
                    while (running) {
                        if (!ready(p)) {
                            long now = System.nanoTime();
                            firstDown.compareAndSet(-1, now);
                            lastDown.set(now);
                        }
                        Thread.sleep(100);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "ready-sampler");
        }

        static ReadySampler start(RapportProcess p) {
            ReadySampler s = new ReadySampler(p);
            s.thread.start();
            return s;
        }

        /** "from +a to +b ms after {@code t0}", or "never" when /ready was 200 throughout. */
        String stop(long t0) throws InterruptedException {
            running = false;
            thread.join(15_000);
            return firstDown.get() < 0 ? "never" : "from +" + (firstDown.get() - t0) / 1_000_000 + " to +"
                    + (lastDown.get() - t0) / 1_000_000 + " ms";
        }
    }

    /** Rounds whose promise was confirmed through the response_url, with when that answer came (epoch ms). */
    private static Map<Integer, Long> confirmedLate(Fleet fleet) {
        Map<Integer, Long> out = new TreeMap<>();
        for (FakeSlack.Call c : fleet.slack.calls()) {
            String body = c.params().getOrDefault("_body", "");
            Matcher m = REPORT.matcher(body);
            if (c.method().startsWith("hooks/") && body.contains("Promise recorded") && m.find()) {
                out.put(Integer.parseInt(m.group(1)), c.atMillis());
            }
        }
        return out;
    }

    private static boolean ready(RapportProcess p) {
        try {
            return p.get("/ready").statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    /** Touches recorded from the customer's side (W222) on Acme. */
    private static long touches(RedisClusterClient client) {
        try {
            RedisStore store = new RedisStore(client);
            return store.touches(Fleet.WORKSPACE, acme(store).id(), 5000).stream()
                    .filter(t -> t.who() != null && "W222".equals(t.who().id())).count();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The round numbers of the promises Acme has now. */
    private static Set<Integer> promisesKept(RedisClusterClient client) {
        RedisStore store = new RedisStore(client);
        Set<Integer> out = new HashSet<>();
        for (Commitment c : store.commitments(Fleet.WORKSPACE, acme(store).id())) {
            Matcher m = REPORT.matcher(c.text());
            if (m.find()) {
                out.add(Integer.parseInt(m.group(1)));
            }
        }
        return out;
    }

    private static Customer acme(RedisStore store) {
        return store.customers(Fleet.WORKSPACE).stream().filter(c -> c.name().equals("Acme")).findFirst()
                .orElseThrow();
    }
}
