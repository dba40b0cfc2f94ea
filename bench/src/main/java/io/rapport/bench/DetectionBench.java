package io.rapport.bench;

import com.google.gson.JsonParser;
import io.rapport.core.detect.GestureDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Customer messages classified per second on the calling thread, over the development corpus. */
final class DetectionBench {
    private DetectionBench() {
    }

    static List<String> corpus(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank())
                .map(l -> JsonParser.parseString(l).getAsJsonObject().get("text").getAsString()).toList();
    }

    static double messagesPerSecond(GestureDetector detector, List<String> messages, Duration budget) {
        long sink = 0;
        for (int warm = 0; warm < 200; warm++) {
            for (String m : messages) {
                sink += detector.classify(m).label().length();
            }
        }
        long count = 0;
        long t0 = System.nanoTime();
        long end = t0 + budget.toNanos();
        while (System.nanoTime() < end) {
            for (String m : messages) {
                sink += detector.classify(m).label().length();
            }
            count += messages.size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (sink == 42) {
            System.out.print(""); // keeps the work observable to the JIT
        }
        return count / seconds;
    }
}
