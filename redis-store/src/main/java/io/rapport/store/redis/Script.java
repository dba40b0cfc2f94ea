package io.rapport.store.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script run by its SHA-1. The digest is computed here, so nothing is loaded up front: the first
 * {@code EVALSHA} a server (or cluster node) has not seen falls back to {@code EVAL}, which also caches
 * the script there. That covers restarts and {@code SCRIPT FLUSH} too.
 */
final class Script {

    static final Script BATCH = fromResource("batch.lua");
    static final Script CLAIM = fromResource("claim.lua");

    private final String name;
    private final String source;
    private final String sha;

    Script(String name, String source) {
        this.name = name;
        this.source = source;
        this.sha = sha1(source);
    }

    static Script fromResource(String file) {
        try (InputStream in = Script.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing script resource " + file);
            }
            return new Script(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read script resource " + file, e);
        }
    }

    String name() {
        return name;
    }

    String sha() {
        return sha;
    }

    /** Keys must all hash to one slot; in a cluster the call goes to the node that owns it. */
    Object run(UnifiedJedis jedis, List<String> keys, List<String> args) {
        try {
            return jedis.evalsha(sha, keys, args);
        } catch (JedisNoScriptException unknownHere) {
            return jedis.eval(source, keys, args);
        }
    }

    private static String sha1(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-1", e);
        }
    }
}
