package io.rapport.core.time;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Measures the parser on the shared development corpus. The corpus only measures: nothing in the
 * parser is keyed to its lines. Floors sit a little under the scores reached, so a regression fails.
 */
class DueCorpusEvaluationTest {

    // Reached on the dev set: 97/97, recall 50/63, precision 50/50; each floor allows a row or two of slack.
    private static final double RESOLVE_ACCURACY_FLOOR = 0.97;
    private static final double FIND_RECALL_FLOOR = 0.77;
    private static final double FIND_PRECISION_FLOOR = 0.96;

    /** Messages carry no send time; any fixed instant serves, since only locating is scored. */
    private static final ZonedDateTime MESSAGE_REFERENCE =
            ZonedDateTime.of(2025, 6, 11, 10, 0, 0, 0, ZoneId.of("America/New_York"));

    private final DueParser parser = new DueParser();

    @Test
    void resolves_the_labelled_due_phrases() throws IOException {
        List<JsonObject> rows = rows("due_phrases.jsonl");
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (JsonObject row : rows) {
            ZonedDateTime reference = OffsetDateTime.parse(row.get("reference").getAsString())
                    .atZoneSameInstant(ZoneId.of(row.get("tz").getAsString()));
            String phrase = row.get("phrase").getAsString();
            Optional<ZonedDateTime> got = parser.resolve(phrase, reference, row.get("locale").getAsString());
            JsonElement expected = row.get("expected");
            boolean ok = expected == null || expected.isJsonNull()
                    ? got.isEmpty()
                    : got.isPresent() && got.get().toInstant().equals(OffsetDateTime.parse(expected.getAsString()).toInstant());
            if (ok) {
                right++;
            } else {
                misses.add(String.format("  %s %-22s ref=%s expected=%s got=%s", row.get("id").getAsString(),
                        '"' + phrase + '"', reference.toOffsetDateTime(), expected, got.map(ZonedDateTime::toOffsetDateTime)));
            }
        }
        double accuracy = (double) right / rows.size();
        System.out.printf(Locale.ROOT, "due_phrases.jsonl: accuracy %.4f (%d/%d exact instants)%n", accuracy, right, rows.size());
        misses.forEach(System.out::println);
        assertTrue(accuracy >= RESOLVE_ACCURACY_FLOOR, "accuracy " + accuracy + " fell below " + RESOLVE_ACCURACY_FLOOR);
    }

    @Test
    void finds_due_phrases_in_teammate_messages() throws IOException {
        List<JsonObject> rows = rows("teammate_messages.jsonl");
        int labelled = 0;
        int located = 0;
        int exact = 0;
        int overlapping = 0;
        int reported = 0;
        int reportedCorrectly = 0;
        List<String> notes = new ArrayList<>();
        for (JsonObject row : rows) {
            String text = row.get("text").getAsString();
            JsonElement label = row.get("due_phrase");
            String due = label == null || label.isJsonNull() ? null : label.getAsString();
            Optional<DueMatch> found = parser.find(text, MESSAGE_REFERENCE, "en-US");
            if (found.isPresent()) {
                reported++;
                if (due != null) {
                    reportedCorrectly++;
                }
            }
            if (due != null) {
                labelled++;
                if (found.isPresent()) {
                    located++;
                    DueMatch m = found.get();
                    int from = text.indexOf(due);
                    exact += m.phrase().equals(due) ? 1 : 0;
                    overlapping += m.start() < from + due.length() && from < m.end() ? 1 : 0;
                    if (!m.phrase().equals(due)) {
                        notes.add(String.format("  differs  %s labelled \"%s\" found \"%s\"", id(row), due, m.phrase()));
                    }
                } else {
                    notes.add(String.format("  missed   %s labelled \"%s\"", id(row), due));
                }
            } else if (found.isPresent()) {
                notes.add(String.format("  spurious %s found \"%s\" in: %s", id(row), found.get().phrase(), text));
            }
        }
        double recall = (double) located / labelled;
        double precision = reported == 0 ? 1.0 : (double) reportedCorrectly / reported;
        System.out.printf(Locale.ROOT, "teammate_messages.jsonl: find recall %.4f (%d/%d), precision %.4f (%d/%d), "
                        + "exact phrase %d/%d, overlapping the label %d/%d%n",
                recall, located, labelled, precision, reportedCorrectly, reported, exact, labelled, overlapping, labelled);
        notes.forEach(System.out::println);
        assertTrue(recall >= FIND_RECALL_FLOOR, "recall " + recall + " fell below " + FIND_RECALL_FLOOR);
        assertTrue(precision >= FIND_PRECISION_FLOOR, "precision " + precision + " fell below " + FIND_PRECISION_FLOOR);
    }

    private static String id(JsonObject row) {
        return row.get("id").getAsString();
    }

    private static List<JsonObject> rows(String file) throws IOException {
        Optional<Path> corpus = corpusDirectory();
        assumeTrue(corpus.isPresent(), "shared/corpus not found above " + Path.of("").toAbsolutePath()
                + "; corpus evaluation skipped");
        Path path = corpus.get().resolve(file);
        assumeTrue(Files.isReadable(path), file + " is missing from " + corpus.get() + "; corpus evaluation skipped");
        List<JsonObject> rows = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                rows.add(JsonParser.parseString(line).getAsJsonObject());
            }
        }
        return rows;
    }

    /** Walks up from the working directory to the first {@code shared/corpus} or {@code ../shared/corpus}. */
    static Optional<Path> corpusDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : List.of(dir.resolve("shared/corpus"), dir.resolve("../shared/corpus"))) {
                if (Files.isDirectory(candidate)) {
                    return Optional.of(candidate.normalize());
                }
            }
        }
        return Optional.empty();
    }
}
