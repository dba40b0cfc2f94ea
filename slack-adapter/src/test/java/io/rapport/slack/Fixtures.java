package io.rapport.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The real Slack payloads in {@code shared/fixtures/slack} (see its SOURCES.md), read byte for byte. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path dir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : List.of(dir.resolve("shared/fixtures/slack"), dir.resolve("../shared/fixtures/slack"))) {
                if (Files.isDirectory(candidate)) {
                    return candidate.normalize();
                }
            }
        }
        throw new IllegalStateException("shared/fixtures/slack not found above " + Path.of("").toAbsolutePath());
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(dir().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String relative) {
        return new String(bytes(relative), java.nio.charset.StandardCharsets.UTF_8);
    }
}
