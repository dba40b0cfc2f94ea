package io.rapport.app.fault;

import io.rapport.app.RapportProcess;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Steady Slack traffic for a fault scenario: one sender per instance, each sending round after round a customer's
 * message (an event, which becomes a touch) and a {@code /rapport promise} command, and noting when each was
 * acknowledged. Round k's promise says "report k", so each confirmed promise can be looked for afterwards.
 */
final class ClusterLoad {
    /**
     * One write: what was sent and when it was acknowledged ({@code ackedAt}, System.nanoTime), or -1 if not.
     * {@code late}: an event acknowledged only on Slack's retry; a command answered through its response_url.
     */
    record Write(int round, boolean event, byte[] body, long ackedAt, boolean late) {
        boolean acked() {
            return ackedAt >= 0;
        }
    }

    private final Fleet fleet;
    private final List<RapportProcess> instances;
    private final String channel;
    private final String commandChannel;
    private final AtomicInteger rounds = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Write> writes = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> senders = new ArrayList<>();

    ClusterLoad(Fleet fleet, List<RapportProcess> instances, String channel, String commandChannel) {
        this.fleet = fleet;
        this.instances = instances;
        this.channel = channel;
        this.commandChannel = commandChannel;
    }

    void start() {
        for (RapportProcess instance : instances) {
            Thread t = new Thread(() -> send(instance), "load-" + instance.port);
            senders.add(t);
            t.start();
        }
    }

    private void send(RapportProcess to) {
        while (running.get()) {
            int k = rounds.getAndIncrement();
            byte[] event = Payloads.customerMessage("EvC" + k, channel, "Thanks for the update number " + k);
            writes.add(new Write(k, true, event, ackedAt(() -> fleet.slackPost(to, event, "application/json", 0)
                    .statusCode() == 200), false));
            boolean[] late = new boolean[1];
            long promised = ackedAt(() -> {
                HttpResponse<String> r = RedisOutageE2E.commandResponse(fleet, to, commandChannel,
                        "promise acme send the report " + k + " by tomorrow");
                // an empty 200 is Slack's 3-second budget running out: the answer went to the response_url
                late[0] = r.statusCode() == 200 && r.body().isBlank();
                return r.statusCode() == 200 && r.body().contains("Promise recorded");
            });
            writes.add(new Write(k, false, null, promised, late[0]));
            pause(120); // a steady pace; the customer's timeline keeps its newest 500 touches
        }
    }

    private interface Call {
        boolean ok() throws Exception;
    }

    private static long ackedAt(Call call) {
        try {
            return call.ok() ? System.nanoTime() : -1;
        } catch (Exception timeoutOrRefused) {
            return -1;
        }
    }

    /** Stops the senders after the round they are in. */
    void stop() throws InterruptedException {
        running.set(false);
        for (Thread t : senders) {
            t.join(60_000);
        }
    }

    /**
     * Replays each event that was not acknowledged, as Slack retries it (X-Slack-Retry-Num 1, 2, 3), and notes the
     * acknowledgement of the retry; returns how many were acknowledged that way.
     */
    int retryRefusedEvents() throws InterruptedException {
        int acked = 0;
        for (int i = 0; i < writes.size(); i++) {
            Write w = writes.get(i);
            if (!w.event() || w.acked()) {
                continue;
            }
            for (int attempt = 1; attempt <= 3; attempt++) {
                int n = attempt;
                long at = ackedAt(() -> fleet.slackPost(instances.get(0), w.body(), "application/json", n)
                        .statusCode() == 200);
                if (at >= 0) {
                    writes.set(i, new Write(w.round(), true, w.body(), at, true));
                    acked++;
                    break;
                }
                pause(1000);
            }
        }
        return acked;
    }

    List<Write> events() {
        return writes.stream().filter(Write::event).toList();
    }

    List<Write> promises() {
        return writes.stream().filter(w -> !w.event()).toList();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
