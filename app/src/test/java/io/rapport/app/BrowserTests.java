package io.rapport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs one of e2e/'s Node browser tests against a running jar and fails with its output and the server's log. */
final class BrowserTests {
    private BrowserTests() {
    }

    /**
     * @param script  the test file in e2e/, e.g. {@code webchat.test.mjs}
     * @param needs   the npm package it cannot run without, under e2e/node_modules
     */
    static void run(RapportProcess app, String script, String needs) throws Exception {
        Path e2e = Path.of("..", "e2e").toAbsolutePath().normalize();
        if (!Files.isDirectory(e2e.resolve("node_modules").resolve(needs))) {
            throw new AssertionError(script + " needs its packages: (cd e2e && npm ci), and Chromium: "
                    + "apt-get install chromium. scripts/test.sh does both.");
        }
        ProcessBuilder pb = new ProcessBuilder("node", "--test", script).directory(e2e.toFile())
                .redirectErrorStream(true);
        pb.environment().put("RAPPORT_URL", "http://127.0.0.1:" + app.port);
        Process node = pb.start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(240, TimeUnit.SECONDS)) {
            node.destroyForcibly();
        }
        System.out.println(out);
        assertEquals(0, node.exitValue(), script + " failed:\n" + out + "\nserver log:\n" + app.output());
    }
}
