package io.rapport.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A load generator, closed loop ({@link #run}: a fixed number of connections, each sending its next request as
 * soon as the last one is answered) or open loop ({@link #atRate}: requests at a fixed rate whatever the answers
 * do), for a bounded time. Every response's latency is kept; anything but a 2xx is counted.
 */
final class LoadClient {
    record Result(int requests, int failures, double seconds, double[] latencyMillis) {
        double perSecond() {
            return requests / seconds;
        }
    }

    /** A request body and its headers, made fresh for each request (each event has its own id). */
    record Signed(byte[] body, String[] headers) {
    }

    private LoadClient() {
    }

    static Result run(String url, int connections, Duration duration, Supplier<Signed> next) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        AtomicInteger failures = new AtomicInteger();
        List<double[]> perThread = new ArrayList<>();
        int[] counts = new int[connections];
        CountDownLatch done = new CountDownLatch(connections);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            double[] latencies = new double[200_000];
            perThread.add(latencies);
            int slot = c;
            Thread thread = new Thread(() -> {
                try {
                    while (System.nanoTime() < end && counts[slot] < latencies.length) {
                        Signed s = next.get();
                        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                                .headers(s.headers()).POST(HttpRequest.BodyPublishers.ofByteArray(s.body())).build();
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (java.io.IOException e) {
                            status = -1;
                        }
                        latencies[counts[slot]++] = (System.nanoTime() - t0) / 1e6;
                        if (status / 100 != 2) {
                            failures.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "load-" + c);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = 0;
        for (int n : counts) {
            total += n;
        }
        double[] all = new double[total];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(perThread.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        return new Result(total, failures.get(), seconds, all);
    }

    /**
     * Sends {@code perSecond} requests a second for {@code duration}, each at its planned time, and measures
     * each latency from that planned time, so a server that falls behind shows it (no coordinated omission).
     */
    static Result atRate(String url, int perSecond, Duration duration, Supplier<Signed> next) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        int total = (int) (perSecond * duration.toMillis() / 1000);
        double[] latencies = new double[total];
        AtomicInteger failures = new AtomicInteger();
        List<CompletableFuture<Void>> sent = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long planned = start + (long) (i * 1e9 / perSecond);
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Signed s = next.get();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .headers(s.headers()).POST(HttpRequest.BodyPublishers.ofByteArray(s.body())).build();
            int slot = i;
            sent.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
                latencies[slot] = (System.nanoTime() - planned) / 1e6;
                if (error != null || response.statusCode() / 100 != 2) {
                    failures.incrementAndGet();
                }
                return null;
            }));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        return new Result(total, failures.get(), (System.nanoTime() - start) / 1e9, latencies);
    }
}
