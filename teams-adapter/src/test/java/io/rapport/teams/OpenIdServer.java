package io.rapport.teams;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * Stands in for the Bot Framework's OpenID metadata on loopback: it publishes one RSA signing key (endorsed
 * for msteams), and signs tokens the way the Bot Framework service does, so the SDK's real validation runs.
 */
final class OpenIdServer implements AutoCloseable {
    static final String ISSUER = "https://api.botframework.com";
    static final String KEY_ID = "rapport-test-key";
    private final HttpServer server;
    private final KeyPair published = rsa();

    OpenIdServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/openid", exchange -> send(exchange, metadata()));
        server.createContext("/keys", exchange -> send(exchange, keys()));
        server.start();
    }

    String metadataUrl() {
        return base() + "/openid";
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A token as the Bot Framework would send it to {@code appId} for an activity from {@code serviceUrl}. */
    JWTCreator.Builder token(String appId, String serviceUrl) {
        long now = System.currentTimeMillis();
        return JWT.create().withKeyId(KEY_ID).withIssuer(ISSUER).withAudience(appId)
                .withClaim("serviceurl", serviceUrl)
                .withNotBefore(new java.util.Date(now - 60_000)).withExpiresAt(new java.util.Date(now + 3_600_000));
    }

    String sign(JWTCreator.Builder token) {
        return token.sign(Algorithm.RSA256((RSAPublicKey) published.getPublic(), (RSAPrivateKey) published.getPrivate()));
    }

    /** Same key id, another key: what a forger without Microsoft's private key can do. */
    static String forge(JWTCreator.Builder token) {
        KeyPair other = rsa();
        return token.sign(Algorithm.RSA256((RSAPublicKey) other.getPublic(), (RSAPrivateKey) other.getPrivate()));
    }

    private String metadata() {
        ObjectNode m = Serialization.createObjectNode();
        m.put("issuer", ISSUER);
        m.put("jwks_uri", base() + "/keys");
        m.putArray("id_token_signing_alg_values_supported").add("RS256");
        return m.toString();
    }

    private String keys() {
        RSAPublicKey key = (RSAPublicKey) published.getPublic();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        ObjectNode root = Serialization.createObjectNode();
        ObjectNode k = root.putArray("keys").addObject();
        k.put("kty", "RSA");
        k.put("use", "sig");
        k.put("kid", KEY_ID);
        k.put("n", b64.encodeToString(unsigned(key.getModulus().toByteArray())));
        k.put("e", b64.encodeToString(unsigned(key.getPublicExponent().toByteArray())));
        k.putArray("endorsements").add("msteams");
        return root.toString();
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] out = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, out.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(out);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
