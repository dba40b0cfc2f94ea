package io.rapport.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.rapport.core.testing.FuzzText;
import io.rapport.core.testing.JsonFuzz;
import io.rapport.store.redis.TestRedis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Slack's payloads mangled every way, correctly signed, through the real bridge and Bolt: real fixtures cut
 * anywhere, with any value swapped for another type or hostile text, nested 10,000 levels deep, and form-encoded
 * garbage. Every answer is 2xx or 4xx without a stack trace, and no event is left for the dead-letter stream.
 */
class PayloadFuzzIT {
    private static final String DEAD = "rapport:{slack}:events:dead";
    private static final List<byte[]> EVENTS = read("events", ".json");
    private static final List<String> FORMS = Stream.concat(read("slash-commands", ".form").stream(),
            read("interactivity", ".form").stream()).map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    private static SlackHarness h;

    record Body(String kind, byte[] bytes, String type) {
        @Override
        public String toString() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return kind + " (" + bytes.length + " bytes): " + text.substring(0, Math.min(300, text.length()));
        }
    }

    @BeforeContainer
    static void start() {
        h = new SlackHarness("T111", "T123", "T_SOURCE", "T0001");
    }

    @AfterContainer
    static void stop() {
        h.close();
    }

    @Provide
    Arbitrary<Body> bodies() {
        return Arbitraries.randomValue(r -> switch (r.nextInt(6)) {
            case 0 -> new Body("truncated event", JsonFuzz.cut(EVENTS.get(r.nextInt(EVENTS.size())), r), "application/json");
            case 1, 2 -> new Body("mutated event", JsonFuzz.mutate(json(EVENTS.get(r.nextInt(EVENTS.size()))), r)
                    .toString().getBytes(StandardCharsets.UTF_8), "application/json");
            case 3 -> new Body("mutated form", mutateForm(FORMS.get(r.nextInt(FORMS.size())), r)
                    .getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
            case 4 -> new Body("form garbage", garbageForm(r).getBytes(StandardCharsets.UTF_8),
                    "application/x-www-form-urlencoded");
            default -> new Body("random bytes", FuzzText.any(r).getBytes(StandardCharsets.UTF_8),
                    r.nextBoolean() ? "application/json" : "application/x-www-form-urlencoded");
        });
    }

    @Property(tries = 200)
    void any_signed_payload_gets_a_2xx_or_4xx_without_a_stack_trace(@ForAll("bodies") Body body) {
        long dead = TestRedis.client().xlen(DEAD);
        HttpResponse<String> r = h.postSigned(body.bytes(), body.type());

        assertTrue(r.statusCode() >= 200 && r.statusCode() < 500, () -> r.statusCode() + " for " + body);
        assertNoTrace(r.body());
        h.drain();
        assertEquals(dead, TestRedis.client().xlen(DEAD), () -> "set aside: " + body);
    }

    @Example
    void json_nested_ten_thousand_levels_deep_is_refused_or_ignored_without_a_5xx() {
        for (String nested : JsonFuzz.deep()) {
            for (String json : List.of(nested, "{\"type\":\"event_callback\",\"team_id\":\"T111\",\"event\":" + nested
                    + "}", "{\"type\":\"event_callback\",\"team_id\":\"T111\",\"event\":{\"type\":\"message\","
                    + "\"text\":\"hi\",\"blocks\":" + nested + "}}")) {
                HttpResponse<String> r = h.postSigned(json.getBytes(StandardCharsets.UTF_8), "application/json");
                assertTrue(r.statusCode() < 500, () -> r.statusCode() + " for " + json.substring(0, 80));
                assertNoTrace(r.body());
            }
            String form = "payload=" + SlackHarness.enc("{\"type\":\"block_actions\",\"actions\":" + nested + "}");
            HttpResponse<String> r = h.postSigned(form.getBytes(StandardCharsets.UTF_8),
                    "application/x-www-form-urlencoded");
            assertTrue(r.statusCode() < 500, () -> r.statusCode() + " for a nested interactivity payload");
            assertNoTrace(r.body());
        }
        h.drain();
        assertEquals(0, TestRedis.client().xlen(DEAD));
    }

    private static void assertNoTrace(String body) {
        for (String trace : new String[] {"Exception", "\tat ", "java.", "com.slack.", "io.rapport."}) {
            assertFalse(body.contains(trace), () -> "internals in the body: " + body);
        }
    }

    private static JsonElement json(byte[] bytes) {
        return JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
    }

    private static String mutateForm(String form, Random r) {
        String[] pairs = form.split("&");
        int i = r.nextInt(pairs.length);
        String key = pairs[i].contains("=") ? pairs[i].substring(0, pairs[i].indexOf('=')) : pairs[i];
        String value = URLDecoder.decode(pairs[i].substring(key.length() + (pairs[i].contains("=") ? 1 : 0)),
                StandardCharsets.UTF_8);
        String next = switch (r.nextInt(4)) {
            case 0 -> key.equals("payload") && value.startsWith("{") ? JsonFuzz.mutate(value, r) : FuzzText.any(r);
            case 1 -> value.substring(0, r.nextInt(value.length() + 1));
            case 2 -> FuzzText.any(r);
            default -> key.equals("command") ? "/rapport" : FuzzText.line(r);
        };
        pairs[i] = r.nextInt(10) == 0 ? "" : key + "=" + SlackHarness.enc(next);
        String out = String.join("&", pairs);
        return r.nextInt(5) == 0 ? out.substring(0, r.nextInt(out.length() + 1)) : out;
    }

    private static String garbageForm(Random r) {
        StringBuilder out = new StringBuilder();
        for (int n = r.nextInt(8); n > 0; n--) {
            String[] keys = {"payload", "command", "text", "team_id", "user_id", "type", "ssl_check", "%", "=", ""};
            String[] values = {"%", "%zz", "%E2%82", "{", "{\"type\":", "[]", "null", "/rapport", "%00", "+"};
            out.append(keys[r.nextInt(keys.length)]).append(r.nextBoolean() ? "=" : "")
                    .append(r.nextBoolean() ? values[r.nextInt(values.length)] : FuzzText.piece(r))
                    .append(r.nextInt(4) == 0 ? "&&" : "&");
        }
        return out.toString();
    }

    private static List<byte[]> read(String dir, String suffix) {
        try (Stream<Path> files = Files.list(Fixtures.dir().resolve(dir))) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().map(f -> {
                try {
                    return Files.readAllBytes(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
