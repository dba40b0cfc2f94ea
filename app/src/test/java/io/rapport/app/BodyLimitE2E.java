package io.rapport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies over 1 MiB are refused with 413 and a short sentence on every route that reads a body (Slack events,
 * Teams activities, the web chat), whether the length is declared or the body comes chunked, and before the
 * whole body is read: a client that declares 64 MiB and sends 2 MiB gets its answer without sending the rest.
 * Requests are written on a raw socket so the test sees exactly what the server answers, and when.
 */
class BodyLimitE2E {
    private static final int MIB = 1024 * 1024;
    private static final List<String> ROUTES = List.of("/slack/events", "/api/messages", "/api/chat/say");

    @TempDir
    Path dir;

    @Test
    void bodies_over_one_mib_get_413_with_a_clear_message_declared_chunked_or_never_finished() throws Exception {
        try (RapportProcess rapport = RapportProcess.start(dir.resolve("data"), null,
                Map.of("SLACK_SIGNING_SECRET", "limit-secret", "SLACK_BOT_TOKEN", "xoxb-limit",
                        "SLACK_API_URL", "http://127.0.0.1:9/api/"))) {
            for (String path : ROUTES) {
                assertRefused(send(rapport.port, path, false, 2 * MIB, 2 * MIB), path + ", declared 2 MiB");
                assertRefused(send(rapport.port, path, true, 2 * MIB, 2 * MIB), path + ", chunked 2 MiB");
                assertRefused(send(rapport.port, path, false, 64 * MIB, 2 * MIB), path + ", 64 MiB declared, 2 sent");
                assertRefused(send(rapport.port, path, true, 64 * MIB, 2 * MIB), path + ", chunked, never finished");
                Answer under = send(rapport.port, path, false, MIB - 1024, MIB - 1024);
                assertNotEquals(413, under.status, path + " refused a body under the limit: " + under.body);
                assertTrue(under.status < 500, path + " answered " + under.status + " to a body under the limit");
            }
            assertEquals(200, rapport.get("/ready").statusCode(), "still serving after the refusals");
            String metrics = rapport.get("/metrics").body();
            assertTrue(metrics.contains("status=\"413\""), "413s are counted:\n" + metrics);
        }
    }

    private static void assertRefused(Answer a, String what) {
        assertEquals(413, a.status, what + ": " + a.body);
        assertTrue(a.body.contains("over 1 MiB"), what + ": " + a.body);
        assertTrue(a.body.length() < 300, what + ": " + a.body);
    }

    record Answer(int status, String body) {
    }

    /**
     * POSTs {@code sent} bytes of a JSON-ish body on a raw socket, declaring {@code declared} bytes (or chunked),
     * from a writer thread, and reads the answer meanwhile; a body never finished leaves the writer waiting.
     */
    private static Answer send(int port, String path, boolean chunked, int declared, int sent) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + declared + "\r\n")
                            + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    byte[] block = new byte[64 * 1024];
                    Arrays.fill(block, (byte) ' ');
                    block[0] = '[';
                    for (int written = 0; written < sent; written += block.length) {
                        int n = Math.min(block.length, sent - written);
                        if (chunked) {
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(block, 0, n);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        block[0] = ' ';
                    }
                    if (chunked && sent == declared) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException closedByServer) {
                    // the server answered and closed: what the test reads below
                }
            });
            writer.setDaemon(true);
            writer.start();
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String head = line(in);
        int status = Integer.parseInt(head.split(" ")[1]);
        int length = -1;
        boolean chunked = false;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            String lower = h.toLowerCase();
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(h.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int n = Integer.parseInt(line(in).trim(), 16); n > 0; n = Integer.parseInt(line(in).trim(), 16)) {
                body.write(in.readNBytes(n));
                line(in);
            }
        } else if (length >= 0) {
            body.write(in.readNBytes(length));
        }
        return new Answer(status, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }
}
