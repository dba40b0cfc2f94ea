package io.rapport.teams;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the fake connector received, kept under target/teams-artifacts for a person to read. */
final class Artifacts {
    private static final Path DIR = Path.of("target", "teams-artifacts");

    private Artifacts() {
    }

    static void save(String name, FakeConnector.Request request) throws IOException {
        Files.createDirectories(DIR);
        Files.writeString(DIR.resolve(name), request.method() + " " + request.path() + "\n"
                + request.body().toPrettyString() + "\n", StandardCharsets.UTF_8);
    }
}
