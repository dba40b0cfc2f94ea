package io.rapport.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebAssetsTest {
    private static final Path FOLDER = Path.of("src/main/resources/web");
    private static Javalin server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        WebAssets web = WebAssets.load();
        server = Javalin.create(c -> web.routes(c.routes)).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesEveryFileOfTheWebFolderWithItsTypeAndBytes() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(FOLDER)) {
            files = s.sorted().toList();
        }
        assertEquals(files.stream().map(f -> f.getFileName().toString()).sorted().toList(),
                WebAssets.FILES.stream().sorted().toList(), "WebAssets.FILES must name every file of " + FOLDER);
        for (Path file : files) {
            HttpResponse<byte[]> r = get("/" + file.getFileName());
            assertEquals(200, r.statusCode(), file.toString());
            assertArrayEquals(Files.readAllBytes(file), r.body(), file.toString());
            String ext = file.getFileName().toString().replaceAll(".*\\.", "");
            String type = r.headers().firstValue("Content-Type").orElse("");
            assertEquals(switch (ext) {
                case "html" -> "text/html";
                case "css" -> "text/css";
                default -> "text/javascript";
            }, type.split(";")[0], file + " " + type);
        }
    }

    @Test
    void theRootIsTheChatPage() throws Exception {
        HttpResponse<byte[]> r = get("/");
        assertEquals(200, r.statusCode());
        assertArrayEquals(Files.readAllBytes(FOLDER.resolve("index.html")), r.body());
    }

    @Test
    void anUnchangedFileIsA304WhenTheBrowserRevalidates() throws Exception {
        HttpResponse<byte[]> first = get("/app.js");
        String etag = first.headers().firstValue("ETag").orElse(null);
        assertNotNull(etag);
        assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<byte[]> again = get("/app.js", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(200, get("/app.js", "If-None-Match", "\"something-else\"").statusCode());
        assertEquals(200, get("/app.css", "If-None-Match", etag).statusCode(), "an ETag is per file");
    }

    @Test
    void anythingElseIsNotFound() throws Exception {
        assertEquals(404, get("/nothing.js").statusCode());
        assertEquals(404, get("/web/app.js").statusCode());
    }
}
