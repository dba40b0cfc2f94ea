package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.rule.Rules;
import io.rapport.core.rulebook.RulebookLoader;
import io.rapport.core.testing.EngineHarness;
import io.rapport.core.testing.InMemoryStore;
import io.rapport.core.testing.RecordingMessenger.Sent;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With config/rulebook.demo.json a new user meets every rule within a quarter of an hour, at any hour. */
class DemoRulebookScenarioTest extends Scenario {

    @Test
    void every_rule_shows_itself_within_minutes() throws Exception {
        try (Reader demo = Files.newBufferedReader(Path.of("../config/rulebook.demo.json"), StandardCharsets.UTF_8)) {
            h = new EngineHarness(new InMemoryStore(), "local", RulebookLoader.load(demo, "rulebook.demo.json"),
                    Rules.all());
        }
        at("2026-03-07T22:00:00Z"); // a Saturday night: the demo works around the clock
        h.say("alex", "add Acme tier key");
        h.sayIn("C1", "alex", "link acme");
        h.sayIn("C-team", "alex", "link team");
        h.say("alex", "date acme birthday " + LocalDate.of(2026, 3, 8));
        h.post("C1", "dana", true, "Thank you, and a big shout-out to @Sam!");
        h.post("C1", "dana", true, "Could you check why the export is empty?");
        h.post("C1", "dana", true, "Honestly this is unacceptable, it failed again");
        h.say("alex", "log acme email unanswered sent the renewal quote");
        h.say("alex", "promise acme send the SOC2 report by in 3 minutes");
        List<String> titles = new ArrayList<>();
        for (int minute = 0; minute < 16; minute++) {
            arrived().stream().map(Sent::card).map(c -> c.title()).forEach(titles::add);
            advance(Duration.ofMinutes(1));
        }
        for (String expected : List.of("Coming up: Acme's birthday", "Kudos to Sam!", "Acknowledge first: Acme",
                "Waiting: Acme", "Escalation: Acme is waiting", "Reciprocate: Acme", "Follow up: Acme (1 of 3)",
                "Follow up: Acme (3 of 3)", "Promise due soon: Acme", "Promise due now: Acme",
                "Keep in touch: Acme", "Face time: Acme", "Ask Acme how you are doing")) {
            assertTrue(titles.contains(expected), () -> expected + " not among " + titles);
        }
        assertEquals("Team digest", h.say("alex", "digest").cards().get(0).title());
    }
}
