package io.rapport.app.fault;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Keeps sending inbound requests (Slack events, commands, Teams activities) while a scenario runs, one every
 * {@code every}, and times how long Rapport takes to acknowledge each: what Slack (3 s) and Teams (15 s) give
 * before they call a request failed.
 */
final class AckTimer implements AutoCloseable {
    private final List<Callable<HttpResponse<String>>> requests;
    private final Duration every;
    private final Thread thread;
    private final List<Long> millis = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private volatile boolean running = true;

    private AckTimer(List<Callable<HttpResponse<String>>> requests, Duration every) {
        this.requests = List.copyOf(requests);
        this.every = every;
        this.thread = new Thread(this::run, "ack-timer");
        thread.setDaemon(true);
    }

    /** Starts sending {@code requests} in turn, one every {@code every}. */
    static AckTimer start(Duration every, List<Callable<HttpResponse<String>>> requests) {
        AckTimer t = new AckTimer(requests, every);
        t.thread.start();
        return t;
    }

    private void run() {
        for (int i = 0; running; i++) {
            long t0 = System.nanoTime();
            String outcome;
            try {
                HttpResponse<String> r = requests.get(i % requests.size()).call();
                outcome = r.statusCode() / 100 == 2 ? null : "HTTP " + r.statusCode();
            } catch (Exception e) {
                outcome = e.toString();
            }
            long took = (System.nanoTime() - t0) / 1_000_000;
            synchronized (this) {
                millis.add(took);
                if (outcome != null) {
                    refused.add(outcome);
                }
            }
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    synchronized int sent() {
        return millis.size();
    }

    synchronized long slowestMillis() {
        return millis.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** Requests answered with anything but a 2xx (or not answered at all). */
    synchronized List<String> refused() {
        return List.copyOf(refused);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(15_000);
    }
}
