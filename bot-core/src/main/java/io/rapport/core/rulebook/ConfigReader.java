package io.rapport.core.rulebook;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import io.rapport.core.time.Durations;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Typed reads of a JSON tree that remember where they are, so an error can say
 * {@code rules.reciprocate.delay} and give an example. Errors are collected, not thrown one by one:
 * a team fixing its rulebook sees every mistake at once.
 */
final class ConfigReader {
    private final JsonObject node;
    private final String path;
    private final List<String> errors;

    ConfigReader(JsonObject node, String path, List<String> errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    ConfigReader child(String name) {
        JsonElement e = node.get(name);
        if (e == null || !e.isJsonObject()) {
            errors.add(where(name) + " is missing or not an object; write e.g. \"" + name + "\": { … }");
            return new ConfigReader(new JsonObject(), where(name), errors);
        }
        return new ConfigReader(e.getAsJsonObject(), where(name), errors);
    }

    List<String> keys() {
        return new ArrayList<>(node.keySet());
    }

    String where(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    boolean bool(String name) {
        JsonElement e = node.get(name);
        if (e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean()) {
            return e.getAsBoolean();
        }
        errors.add(where(name) + " must be true or false, e.g. \"" + name + "\": true; found " + show(e));
        return false;
    }

    int integer(String name, int min, int max) {
        JsonElement e = node.get(name);
        if (e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            double d = e.getAsDouble();
            if (d == Math.rint(d) && d >= min && d <= max) {
                return (int) d;
            }
        }
        errors.add(where(name) + " must be a whole number from " + min + " to " + max + ", e.g. \"" + name
                + "\": " + Math.max(min, Math.min(max, 10)) + "; found " + show(e));
        return min;
    }

    Duration duration(String name) {
        return parse(name, Durations::parseIso, "an ISO-8601 duration", "\"P2D\" (2 days) or \"PT1H\" (1 hour)");
    }

    Duration duration(JsonElement e, String where) {
        return parseValue(e, where, Durations::parseIso, "an ISO-8601 duration", "\"P2D\" or \"PT1H\"");
    }

    LocalTime time(String name) {
        return parse(name, LocalTime::parse, "a time of day", "\"09:00\"");
    }

    ZoneId zone(String name) {
        return parse(name, ZoneId::of, "an IANA time zone", "\"Europe/Berlin\" or \"UTC\"");
    }

    DayOfWeek day(JsonElement e, String where) {
        return parseValue(e, where, ConfigReader::dayOfWeek, "a day of the week", "\"MONDAY\" or \"MON\"");
    }

    DayOfWeek day(String name) {
        return day(node.get(name), where(name));
    }

    JsonArray array(String name, String example) {
        JsonElement e = node.get(name);
        if (e != null && e.isJsonArray()) {
            return e.getAsJsonArray();
        }
        errors.add(where(name) + " must be a list, e.g. \"" + name + "\": " + example + "; found " + show(e));
        return new JsonArray();
    }

    JsonElement raw(String name) {
        return node.get(name);
    }

    void error(String message) {
        errors.add(message);
    }

    private <T> T parse(String name, Function<String, T> parser, String what, String example) {
        return parseValue(node.get(name), where(name), parser, what, example);
    }

    private <T> T parseValue(JsonElement e, String where, Function<String, T> parser, String what, String example) {
        if (e != null && e.isJsonPrimitive() && ((JsonPrimitive) e).isString()) {
            try {
                return parser.apply(e.getAsString());
            } catch (DateTimeException | IllegalArgumentException ex) {
                // fall through to the message below, which says what a right value looks like
            }
        }
        errors.add(where + " must be " + what + ", e.g. " + example + "; found " + show(e));
        return null;
    }

    private static DayOfWeek dayOfWeek(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(t) || d.name().startsWith(t) && t.length() >= 3) {
                return d;
            }
        }
        throw new DateTimeParseException("not a day", text, 0);
    }

    private static String show(JsonElement e) {
        return e == null ? "nothing" : e.toString();
    }
}
