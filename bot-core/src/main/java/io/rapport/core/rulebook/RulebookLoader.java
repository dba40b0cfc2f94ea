package io.rapport.core.rulebook;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.rapport.core.model.Tier;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the default rulebook and, optionally, a team's override on top of it (objects are merged field
 * by field, so an override may hold a single value). Every field is checked; all mistakes are reported
 * together in one {@link RulebookException}.
 */
public final class RulebookLoader {
    private static final String DEFAULTS = "/io/rapport/core/rulebook/rulebook.json";
    private static final List<String> HEALTH_COMPONENTS =
            List.of("recency", "reciprocity", "promises", "face_time", "feedback", "complaints");

    private RulebookLoader() {
    }

    /** The defaults shipped with Rapport (a copy of {@code config/rulebook.json}). */
    public static Rulebook defaults() {
        return load(null, null);
    }

    /**
     * @param override the team's rulebook, or null
     * @param source   how to name the override in error messages (a file path)
     */
    public static Rulebook load(Reader override, String source) {
        JsonObject tree = readDefaults();
        if (override != null) {
            merge(tree, parse(override, source));
        }
        return build(tree, source == null ? "the default rulebook" : source);
    }

    private static JsonObject readDefaults() {
        try (InputStream in = RulebookLoader.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("the default rulebook is missing from the classpath: " + DEFAULTS);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "the default rulebook");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject parse(Reader reader, String source) {
        try {
            JsonElement e = JsonParser.parseReader(reader);
            if (!e.isJsonObject()) {
                throw new RulebookException(source + " must be a JSON object like {\"rules\": {…}}");
            }
            return e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new RulebookException(source + " is not valid JSON: " + e.getMessage());
        }
    }

    private static void merge(JsonObject base, JsonObject override) {
        for (Map.Entry<String, JsonElement> entry : override.entrySet()) {
            JsonElement mine = base.get(entry.getKey());
            if (mine != null && mine.isJsonObject() && entry.getValue().isJsonObject()) {
                merge(mine.getAsJsonObject(), entry.getValue().getAsJsonObject());
            } else {
                base.add(entry.getKey(), entry.getValue());
            }
        }
    }

    private static Rulebook build(JsonObject tree, String source) {
        List<String> errors = new ArrayList<>();
        ConfigReader root = new ConfigReader(tree, "", errors);
        ConfigReader team = root.child("team");
        ConfigReader hours = team.child("businessHours");
        ConfigReader rules = root.child("rules");
        ConfigReader health = root.child("health");
        ConfigReader delivery = root.child("delivery");

        ConfigReader r = rules.child("reciprocate");
        ConfigReader att = rules.child("attention");
        ConfigReader pr = rules.child("promises");
        ConfigReader per = rules.child("persistence");
        ConfigReader fb = rules.child("feedback");
        ConfigReader dt = rules.child("dates");
        ConfigReader dg = rules.child("digest");

        Rulebook book = new Rulebook(
                new Rulebook.Team(team.zone("timezone"), days(hours), hours.time("start"), hours.time("end")),
                new Rulebook.Reciprocate(r.bool("enabled"), r.duration("delay")),
                new Rulebook.Attention(att.bool("enabled"), att.duration("limit"),
                        att.integer("escalationFactor", 1, 100)),
                tierCadence(rules.child("face_time")),
                new Rulebook.Promises(pr.bool("enabled"), pr.duration("remindBefore")),
                new Rulebook.Persistence(per.bool("enabled"), durations(per, "followUps", "[\"P1D\", \"P3D\"]")),
                new Rulebook.Feedback(fb.bool("enabled"), fb.integer("everyTouches", 1, 10_000),
                        fb.duration("every"), fb.duration("afterComplaintResolved")),
                new Rulebook.Toggle(rules.child("validate").bool("enabled")),
                tierCadence(rules.child("keep_in_touch")),
                new Rulebook.Dates(dt.bool("enabled"), leadTimes(dt.child("leadTimes"))),
                new Rulebook.Toggle(rules.child("kudos").bool("enabled")),
                new Rulebook.Digest(dg.bool("enabled"), dg.day("day"), dg.time("time")),
                health(health),
                new Rulebook.Delivery(durations(delivery, "snooze", "[\"PT1H\", \"P1D\", \"P7D\"]"),
                        delivery.duration("lease"), delivery.duration("retryInitial"),
                        delivery.duration("retryMax")));

        if (book.team().dayStart() != null && book.team().dayEnd() != null
                && !book.team().dayStart().isBefore(book.team().dayEnd())) {
            errors.add("team.businessHours.start must be before end, e.g. \"start\": \"09:00\", \"end\": \"17:00\"");
        }
        if (!errors.isEmpty()) {
            throw new RulebookException("The rulebook (" + source + ") has " + errors.size()
                    + (errors.size() == 1 ? " problem:\n  - " : " problems:\n  - ") + String.join("\n  - ", errors));
        }
        return book;
    }

    private static Set<DayOfWeek> days(ConfigReader hours) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        var array = hours.array("days", "[\"MON\", \"TUE\", \"WED\", \"THU\", \"FRI\"]");
        for (int i = 0; i < array.size(); i++) {
            DayOfWeek d = hours.day(array.get(i), hours.where("days") + "[" + i + "]");
            if (d != null) {
                days.add(d);
            }
        }
        return days;
    }

    private static Rulebook.TierCadence tierCadence(ConfigReader rule) {
        ConfigReader cadence = rule.child("cadence");
        Map<Tier, Duration> byTier = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            byTier.put(tier, cadence.duration(tier.id()));
        }
        return new Rulebook.TierCadence(rule.bool("enabled"), byTier);
    }

    private static Map<String, Duration> leadTimes(ConfigReader node) {
        Map<String, Duration> leads = new LinkedHashMap<>();
        for (String label : node.keys()) {
            leads.put(label, node.duration(label));
        }
        if (!leads.containsKey("other")) {
            node.error(node.where("other") + " is missing: the lead time for labels not listed, e.g. \"other\": \"P7D\"");
        }
        return leads;
    }

    private static List<Duration> durations(ConfigReader node, String name, String example) {
        var array = node.array(name, example);
        List<Duration> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(node.duration(array.get(i), node.where(name) + "[" + i + "]"));
        }
        if (out.isEmpty()) {
            node.error(node.where(name) + " must list at least one duration, e.g. \"" + name + "\": " + example);
        }
        return out;
    }

    private static Rulebook.Health health(ConfigReader health) {
        ConfigReader weights = health.child("weights");
        Map<String, Integer> byComponent = new LinkedHashMap<>();
        for (String component : HEALTH_COMPONENTS) {
            byComponent.put(component, weights.integer(component, 0, 1000));
        }
        for (String key : weights.keys()) {
            if (!HEALTH_COMPONENTS.contains(key)) {
                weights.error(weights.where(key) + " is not a health component; use one of " + HEALTH_COMPONENTS);
            }
        }
        if (byComponent.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            weights.error("health.weights must not all be 0, e.g. \"recency\": 25");
        }
        ConfigReader bands = health.child("bands");
        int green = bands.integer("green", 1, 100);
        int yellow = bands.integer("yellow", 0, 99);
        if (yellow >= green) {
            bands.error("health.bands.yellow must be below green, e.g. \"green\": 76, \"yellow\": 51");
        }
        return new Rulebook.Health(byComponent, green, yellow);
    }
}
