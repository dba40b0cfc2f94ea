package io.rapport.core.detect;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The shared development corpus, found by walking up from the working directory; tests skip without it. */
final class Corpus {

    private Corpus() {
    }

    static List<JsonObject> rows(String file) throws IOException {
        Optional<Path> dir = directory();
        assumeTrue(dir.isPresent(), "shared/corpus not found above " + Path.of("").toAbsolutePath()
                + "; corpus evaluation skipped");
        Path path = dir.get().resolve(file);
        assumeTrue(Files.isReadable(path), file + " is missing from " + dir.get() + "; corpus evaluation skipped");
        List<JsonObject> rows = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                rows.add(JsonParser.parseString(line).getAsJsonObject());
            }
        }
        return rows;
    }

    static Optional<Path> directory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }

    static String text(JsonObject row, String field) {
        JsonElement e = row.get(field);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    /** Per-class counts for precision, recall and F1. */
    static final class Counts {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        void add(boolean expected, boolean predicted) {
            if (expected && predicted) {
                truePositives++;
            } else if (predicted) {
                falsePositives++;
            } else if (expected) {
                falseNegatives++;
            }
        }

        double precision() {
            int d = truePositives + falsePositives;
            return d == 0 ? 1.0 : (double) truePositives / d;
        }

        double recall() {
            int d = truePositives + falseNegatives;
            return d == 0 ? 1.0 : (double) truePositives / d;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)",
                    precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
        }
    }
}
