package io.rapport.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * From {@code java -jar app/target/rapport.jar} to {@code GET /ready} answering 200, embedded Redis: either a first
 * start on an empty data directory every run, or a restart on one data directory an unmeasured start laid down.
 */
final class StartupBench {
    private StartupBench() {
    }

    /**
     * Java 17's dynamic AppCDS: one training run to /ready dumps the classes it loaded into {@code archive}
     * at exit; later runs map them instead of parsing and verifying the jar's classes again.
     */
    static Path appCdsArchive(Path jar, Path archive) throws Exception {
        Files.deleteIfExists(archive);
        run(jar, 1, true, "-XX:ArchiveClassesAtExit=" + archive);
        for (int i = 0; i < 100 && !Files.exists(archive); i++) {
            Thread.sleep(50);
        }
        if (!Files.exists(archive)) {
            throw new IllegalStateException("no AppCDS archive was written to " + archive);
        }
        return archive;
    }

    static double[] run(Path jar, int runs, boolean firstStart, String... jvmArgs) throws Exception {
        if (!firstStart) {
            Path data = Files.createTempDirectory("rapport-bench-data");
            try {
                once(jar, data, jvmArgs);
                double[] millis = new double[runs];
                for (int i = 0; i < runs; i++) {
                    millis[i] = once(jar, data, jvmArgs);
                }
                return millis;
            } finally {
                delete(data);
            }
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            Path data = Files.createTempDirectory("rapport-bench-data");
            try {
                millis[i] = once(jar, data, jvmArgs);
            } finally {
                delete(data);
            }
        }
        return millis;
    }

    private static void delete(Path data) throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static double once(Path jar, Path data, String... jvmArgs) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        var command = new java.util.ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(java.util.List.of(jvmArgs));
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("REDIS_URL");
        pb.environment().put("RAPPORT_PORT", String.valueOf(port));
        pb.environment().put("RAPPORT_DATA_DIR", data.toString());
        long t0 = System.nanoTime();
        Process p = pb.start();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready"))
                .timeout(Duration.ofSeconds(1)).build();
        while (true) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!p.isAlive() || System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(60)) {
                throw new IllegalStateException("the jar did not become ready");
            }
            Thread.sleep(5);
        }
        double millis = (System.nanoTime() - t0) / 1e6;
        p.destroy();
        p.waitFor(30, TimeUnit.SECONDS);
        return millis;
    }
}
