package io.rapport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** docs/PERFORMANCE.md: the table of one invocation, with how it was made. */
final class Report {
    private Report() {
    }

    static void write(Path file, List<Row> rows, List<String> chosen, String redis, String when) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Rapport performance\n\n");
        md.append("Figures from one invocation of `bench/run.sh").append(chosen.equals(BenchMain.ALL) ? "" : " "
                + String.join(" ", chosen)).append("` on ").append(when).append(", on this project's machine (")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", Redis ").append(redis)
                .append(" on loopback). Client and server share the machine; medians of several runs; ratios are ")
                .append("measured side by side in the same run.\n\n");
        md.append("| metric | Rapport | baseline or anchor | ratio | target | met |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append(row.markdown()).append('\n');
        }
        md.append("\nNotes:\n\n");
        for (Row row : rows) {
            if (!row.note().isBlank()) {
                md.append("- ").append(row.metric()).append(": ").append(row.note()).append('\n');
            }
        }
        md.append(Files.exists(file.resolveSibling("PERFORMANCE.notes.md"))
                ? "\n" + Files.readString(file.resolveSibling("PERFORMANCE.notes.md")) : "");
        Files.createDirectories(file.getParent());
        Files.writeString(file, md.toString());
    }
}
