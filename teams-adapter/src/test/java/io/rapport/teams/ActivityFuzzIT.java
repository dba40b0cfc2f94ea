package io.rapport.teams;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import com.microsoft.bot.schema.Serialization;
import io.rapport.core.testing.FuzzText;
import io.rapport.core.testing.JsonFuzz;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * {@code POST /api/messages} (unauthenticated test mode, as the other Teams ITs) with Activities mangled every
 * way: the harness's own messages, channel posts and card submits and the shared fixtures, cut anywhere, with
 * any value swapped for another type or hostile text, nested 10,000 levels deep. Never a 5xx (but the SDK's 501
 * for an invoke no handler implements), never a stack trace; a refusal is JSON with an error saying what was wrong.
 */
class ActivityFuzzIT {
    private static TeamsHarness h;
    private static List<String> seeds;

    record Body(String kind, String json) {
        @Override
        public String toString() {
            return kind + " (" + json.length() + " chars): " + json.substring(0, Math.min(300, json.length()));
        }
    }

    @BeforeContainer
    static void start() throws IOException {
        h = new TeamsHarness();
        seeds = new ArrayList<>();
        seeds.add(Serialization.toString(h.personal("29:fuzz", "Fuzz", "help")));
        seeds.add(Serialization.toString(h.personal("29:fuzz", "Fuzz", "add Acme tier key")));
        seeds.add(Serialization.toString(h.channel("19:c@thread.tacv2", null, "29:fuzz", "Fuzz",
                "<at>Rapport</at> mine", Map.of())));
        seeds.add(Serialization.toString(h.channel("19:c@thread.tacv2", "1", "29:fuzz", "Fuzz",
                "thanks <at>Sam</at>, I'll send it by Friday", Map.of("29:sam", "Sam"))));
        seeds.add(Serialization.toString(h.submit("29:fuzz", "Fuzz", "card-1",
                Serialization.jsonToTree("{\"action\":\"snooze\",\"id\":\"n1\",\"value\":\"1d\"}"))));
        try (Stream<Path> files = Files.walk(TeamsHarness.FIXTURES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String json = Files.readString(f, StandardCharsets.UTF_8);
                if (isObject(json)) {
                    seeds.add(json);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void stop() {
        h.close();
    }

    private static boolean isObject(String json) {
        try {
            return JsonParser.parseString(json).isJsonObject();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Provide
    Arbitrary<Body> bodies() {
        return Arbitraries.randomValue(r -> {
            // half from the harness's own activities (they reach the bot), half from any seed
            String seed = seeds.get(r.nextInt(r.nextBoolean() ? 5 : seeds.size()));
            return switch (r.nextInt(6)) {
                case 0 -> new Body("truncated", new String(JsonFuzz.cut(seed.getBytes(StandardCharsets.UTF_8), r),
                        StandardCharsets.UTF_8));
                case 1 -> new Body("random text", FuzzText.any(r));
                default -> new Body("mutated", JsonFuzz.mutate(seed, r));
            };
        });
    }

    @Property(tries = 5_000)
    void any_activity_gets_an_answer_below_500_without_a_stack_trace(@ForAll("bodies") Body body) throws Exception {
        TeamsHarness.Response r = h.post(body.json(), null);
        if (r.status() == 501 && isInvoke(body.json())) {
            return; // the Bot Framework's own answer to an invoke a bot does not implement, which Teams expects
        }
        assertClear(r, body.toString());
    }

    /**
     * Read with the SDK's own JSON reader, as the endpoint reads it: Gson stops at 255 levels of nesting, so an
     * invoke whose value nests deeper than that (and that the endpoint read) was not recognised as one.
     */
    private static boolean isInvoke(String json) {
        try {
            return "invoke".equals(Serialization.jsonToTree(json).path("type").asText());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Example
    void an_invoke_nested_deeper_than_gson_reads_is_still_recognised_as_an_invoke() {
        String deep = "[".repeat(600) + "]".repeat(600);
        assertTrue(isInvoke("{\"type\":\"invoke\",\"value\":{\"option\":" + deep + "}}"));
        assertFalse(isInvoke("{\"type\":\"message\",\"value\":{\"option\":" + deep + "}}"));
    }

    @Example
    void a_locale_that_is_not_text_is_refused_with_a_400_naming_it() throws Exception {
        for (String locale : List.of("2.5e299", "true", "{\"tag\":\"en-US\"}", "[\"en-US\"]")) {
            var activity = JsonParser.parseString(Serialization.toString(h.personal("29:fuzz", "Fuzz", "help")))
                    .getAsJsonObject();
            activity.add("locale", JsonParser.parseString(locale));
            TeamsHarness.Response r = h.post(activity.toString(), null);
            assertClear(r, locale);
            assertTrue(r.status() == 400 && r.json().path("error").asText().contains("locale"),
                    () -> r.status() + " " + r.body());
        }
    }

    @Example
    void activities_nested_ten_thousand_levels_deep_are_refused_with_a_400() throws Exception {
        for (String nested : JsonFuzz.deep()) {
            for (String json : List.of(nested, "{\"type\":\"message\",\"text\":\"hi\",\"value\":" + nested + "}",
                    "{\"type\":\"message\",\"entities\":" + nested + "}")) {
                TeamsHarness.Response r = h.post(json, null);
                assertClear(r, json.substring(0, 60));
                assertTrue(r.status() == 400, () -> r.status() + " " + r.body());
            }
        }
    }

    private static void assertClear(TeamsHarness.Response r, String what) throws IOException {
        assertTrue(r.status() < 500, () -> r.status() + " " + r.body() + " for " + what);
        for (String trace : new String[] {"Exception", "\tat ", "java.", "com.microsoft.", "io.rapport."}) {
            assertFalse(r.body().contains(trace), () -> "internals in the body: " + r.body());
        }
        if (r.status() >= 400) {
            String error = r.json().path("error").asText();
            assertFalse(error.isBlank(), () -> "a " + r.status() + " without a reason: " + r.body());
            assertTrue(error.length() <= 600, () -> "a " + error.length() + "-character reason");
        }
    }
}
