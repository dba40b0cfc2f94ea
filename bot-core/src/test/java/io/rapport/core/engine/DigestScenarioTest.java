package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.message.Card;
import io.rapport.core.message.Fact;
import io.rapport.core.rule.DigestRule;
import io.rapport.core.rule.KudosRule;
import io.rapport.core.rule.PromiseRule;
import io.rapport.core.rule.ReciprocateRule;
import io.rapport.core.testing.EngineHarness;
import io.rapport.core.testing.RecordingMessenger.Sent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Digest: every Monday 09:00 (team time) in the team channel, once the team channel is linked. */
class DigestScenarioTest extends Scenario {

    @BeforeEach
    void setUp() {
        h = new EngineHarness(new DigestRule(), new ReciprocateRule(), new PromiseRule(), new KudosRule());
        h.say("alex", "add Acme tier key"); // Monday 2 March 10:00
        h.say("alex", "add Globex");
        h.sayIn("C1", "alex", "link acme");
    }

    private static Map<String, String> facts(Card card) {
        return card.facts().stream().collect(Collectors.toMap(Fact::label, Fact::value));
    }

    private List<Sent> digests() {
        return arrived().stream().filter(s -> s.card().title().equals("Team digest")).toList();
    }

    @Test
    void no_team_channel_no_digest() {
        assertTrue(h.active(DigestRule.ID).isEmpty());
        at("2026-03-09T09:00:00Z");
        assertTrue(digests().isEmpty());
    }

    @Test
    void the_digest_comes_every_monday_at_nine_once() {
        h.sayIn("C-team", "alex", "link team");
        h.sayIn("C-team", "sam", "link team");
        at("2026-03-09T08:59:00Z");
        nothingArrives();
        at("2026-03-09T09:00:00Z");
        Sent first = one();
        assertNudge(first, "#C-team", "Team digest", "How the team looked after its customers this week.\n"
                + "Be systems-oriented: monitor the effectiveness.");
        assertTrue(first.card().actions().isEmpty());
        at("2026-03-16T08:00:00Z");
        nothingArrives();
        at("2026-03-16T09:00:00Z");
        assertEquals("Team digest", one().card().title());
        assertEquals(1, h.active(DigestRule.ID).size());
    }

    @Test
    void the_digest_reports_movers_waiting_nudges_promises_reciprocity_and_kudos() {
        h.sayIn("C-team", "alex", "link team");
        at("2026-03-03T10:00:00Z");
        h.post("C1", "dana", true, "Thank you for the quick fix!");
        h.post("C1", "dana", true, "Kudos to @Sam for the migration");
        h.say("alex", "log acme gift out a book");
        h.say("alex", "promise acme send the roadmap by Wednesday");
        h.say("alex", "promise acme send the SOC2 report by Thursday");
        at("2026-03-04T12:00:00Z");
        h.say("alex", "done " + h.store.commitments(h.workspace, "c1").get(0).id());
        h.say("alex", "log acme complaint export broken");
        at("2026-03-09T09:00:00Z");
        List<Sent> digest = digests();
        assertEquals(1, digest.size());
        Map<String, String> facts = facts(digest.get(0).card());
        assertEquals("2 (1 green, 1 yellow, 0 red)", facts.get("Customers"));
        // 94 when added (feedback counts as neutral 60); now reciprocity 50, promises 50, one complaint 75
        assertEquals("Acme 94 \u2192 74 (-20)", facts.get("Biggest movers"));
        // both reminders of the unkept Thursday promise; the thanks was reciprocated by the gift
        assertEquals("2 delivered and not done (Alex 2)", facts.get("Nudges waiting"));
        assertEquals("1 of 2 on time in the last 30 days (50%); 1 open and overdue", facts.get("Promises kept"));
        assertEquals("2 gestures received this week, 1 returned; 0 waiting for one back", facts.get("Reciprocity"));
        assertEquals("1", facts.get("Kudos this week"));
        assertEquals(facts, facts(h.say("sam", "digest").cards().get(0)), "the digest command shows the same");
    }
}
