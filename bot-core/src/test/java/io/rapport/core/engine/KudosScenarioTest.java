package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Person;
import io.rapport.core.rule.KudosRule;
import io.rapport.core.rule.ReciprocateRule;
import io.rapport.core.testing.EngineHarness;
import io.rapport.core.testing.RecordingMessenger.Sent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Kudos: customer praise naming a teammate is posted to the team channel and counted in the digest. */
class KudosScenarioTest extends Scenario {

    @BeforeEach
    void setUp() {
        h = new EngineHarness(new KudosRule(), new ReciprocateRule());
        h.say("alex", "add Acme tier key"); // Monday 2 March 10:00
        h.sayIn("C1", "alex", "link acme");
        h.sayIn("C-team", "alex", "link team");
    }

    @Test
    void praise_naming_a_teammate_is_posted_to_the_team_channel_once() {
        h.post("C1", "dana", true, "Huge shout-out to @Sam for the migration", "m1", null);
        Sent sent = one();
        assertNudge(sent, "#C-team", "Kudos to Sam!", "Dana at Acme praised Sam: "
                + "\u201cHuge shout-out to @Sam for the migration\u201d\n"
                + "Make the employees feel good; they make the customers feel good.\n"
                + "Tell Sam what it meant to the team, and pass the praise on.");
        assertEquals(List.of("Not praise"), buttons(sent.card()), "a notice, not a task");
        assertEquals(NudgeState.DONE, h.store.nudge(h.workspace, nudgeId(sent.card())).orElseThrow().state());
        advance(Duration.ofHours(1));
        nothingArrives();
        assertTrue(h.say("alex", "digest").text().contains("Kudos this week: 1"));
    }

    @Test
    void praise_for_the_whole_team_names_nobody_and_posts_nothing() {
        h.post("C1", "dana", true, "You are all rock stars");
        nothingArrives();
        assertTrue(h.active(KudosRule.ID).isEmpty());
    }

    @Test
    void logged_praise_mentioning_a_teammate_counts_too() {
        h.sayMentioning("alex", "log acme praise @sam nailed the demo", new Person("sam", "Sam"));
        assertNudge(one(), "#C-team", "Kudos to Sam!", "Acme praised Sam: \u201c@sam nailed the demo\u201d");
    }

    @Test
    void without_a_team_channel_the_praised_teammate_hears_it_privately() {
        h = new EngineHarness(new KudosRule());
        h.say("alex", "add Acme");
        h.sayMentioning("alex", "log acme praise @sam nailed the demo", new Person("sam", "Sam"));
        Sent sent = one();
        assertEquals("sam", sent.to());
        assertEquals("Kudos to Sam!", sent.card().title());
    }

    @Test
    void not_praise_undoes_the_kudos_count_and_the_reciprocity_it_started() {
        h.post("C1", "dana", true, "Kudos to @Sam, you saved our launch", "m1", null);
        Sent kudos = one();
        assertEquals(1, h.active(ReciprocateRule.ID).size());

        h.press("alex", "correct", value(kudos.card(), "Not praise"));

        assertTrue(h.active(ReciprocateRule.ID).isEmpty());
        assertEquals(0, h.store.stats(h.workspace, "c1").gesturesIn());
        assertTrue(h.say("alex", "digest").text().contains("Kudos this week: 0"));
        advance(Duration.ofDays(3));
        nothingArrives();
    }
}
