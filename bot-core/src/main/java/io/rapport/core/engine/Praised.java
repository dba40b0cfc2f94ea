package io.rapport.core.engine;

import io.rapport.core.model.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The teammates a praise names, from the detector's words as they appear in the message: a Slack mention
 * ({@code <@U123>} or {@code <@U123|sam>}), a Teams mention ({@code <at>Sam Lee</at>}), {@code @sam}, or a
 * plain name. Where the platform gives no id, the name stands in for it.
 */
final class Praised {
    private static final Pattern SLACK = Pattern.compile("<@([A-Za-z0-9._-]+)(?:\\|([^>]*))?>");
    private static final Pattern TEAMS = Pattern.compile("<at>(.*?)</at>", Pattern.CASE_INSENSITIVE);

    private Praised() {
    }

    static List<Person> people(List<String> praised) {
        Map<String, Person> out = new LinkedHashMap<>();
        for (String raw : praised) {
            Person p = person(raw.strip());
            if (p != null) {
                out.putIfAbsent(p.id(), p);
            }
        }
        return new ArrayList<>(out.values());
    }

    private static Person person(String raw) {
        if (raw.isEmpty()) {
            return null;
        }
        Matcher slack = SLACK.matcher(raw);
        if (slack.matches()) {
            String name = slack.group(2);
            return new Person(slack.group(1), name == null || name.isBlank() ? slack.group(1) : name);
        }
        Matcher teams = TEAMS.matcher(raw);
        String name = teams.matches() ? teams.group(1).strip() : raw.startsWith("@") ? raw.substring(1) : raw;
        return name.isEmpty() ? null : new Person(name, name);
    }
}
