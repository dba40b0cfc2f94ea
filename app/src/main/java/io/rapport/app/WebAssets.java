package io.rapport.app;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The web chat's files ({@code src/main/resources/web}), read from the jar once at start and served from memory.
 * Javalin's class-path static files mount the whole jar as a zip file system to find them, which reads the
 * index of its twenty thousand entries: about a quarter of the start-up when profiled, for four small files.
 * Each answer carries an ETag and {@code Cache-Control: no-cache}, so a browser revalidates and gets a 304 while
 * the file is unchanged.
 */
final class WebAssets {
    /** Every file of the web chat; a test checks this against the folder. */
    static final List<String> FILES = List.of("index.html", "app.css", "app.js", "cards.js");

    private record Asset(byte[] body, String type, String etag) {
    }

    private final Map<String, Asset> assets = new LinkedHashMap<>();

    private WebAssets() {
    }

    static WebAssets load() {
        WebAssets web = new WebAssets();
        for (String name : FILES) {
            try (InputStream in = WebAssets.class.getResourceAsStream("/web/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks web/" + name + "; rebuild it");
                }
                byte[] body = in.readAllBytes();
                web.assets.put(name, new Asset(body, type(name), etag(body)));
            } catch (IOException e) {
                throw new UncheckedIOException("could not read web/" + name + " from the jar", e);
            }
        }
        return web;
    }

    void routes(RoutesConfig routes) {
        routes.get("/", ctx -> serve(ctx, assets.get("index.html")));
        assets.forEach((name, asset) -> routes.get("/" + name, ctx -> serve(ctx, asset)));
    }

    private static void serve(Context ctx, Asset asset) {
        ctx.header("ETag", asset.etag()).header("Cache-Control", "no-cache");
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.type()).result(asset.body());
    }

    private static String type(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            default -> throw new IllegalArgumentException("no content type known for web/" + name);
        };
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
