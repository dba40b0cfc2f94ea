package io.rapport.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.Person;
import io.rapport.core.model.Tier;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import io.rapport.core.rulebook.RulebookLoader;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReciprocateRuleTest {
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private final ReciprocateRule rule = new ReciprocateRule();
    private final Customer acme = new Customer("c1", "Acme", Tier.KEY, new Person("alex", "Alex"), List.of(),
            List.of(), T0);

    private List<Decision> on(TouchKind kind, Direction direction) {
        Touch touch = new Touch("t1", "c1", kind, direction, new Person("dana", "Dana"), T0, "", "command");
        return rule.onTouch(context(RulebookLoader.defaults(), new Person("sam", "Sam")), touch, Signals.logged());
    }

    private RuleContext context(io.rapport.core.rulebook.Rulebook book, Person actor) {
        return new RuleContext(acme, List.of(), book, T0, actor);
    }

    @Test
    void an_inbound_gesture_schedules_a_nudge_for_the_owner_after_the_delay() {
        for (TouchKind kind : List.of(TouchKind.THANKS, TouchKind.PRAISE, TouchKind.REFERRAL, TouchKind.GIFT,
                TouchKind.INTRO)) {
            var schedule = assertInstanceOf(Decision.Schedule.class, on(kind, Direction.IN).get(0));
            assertEquals("reciprocate:c1", schedule.key());
            assertEquals("alex", schedule.assignee().id());
            assertEquals(T0.plus(Duration.ofDays(2)), schedule.dueAt());
            assertEquals(kind.id(), schedule.data().get("gesture"));
        }
    }

    @Test
    void an_outbound_gesture_clears_it() {
        var clear = assertInstanceOf(Decision.Clear.class, on(TouchKind.GIFT, Direction.OUT).get(0));
        assertEquals("reciprocate:c1", clear.key());
    }

    @Test
    void ordinary_touches_neither_start_nor_clear_it() {
        assertTrue(on(TouchKind.CALL, Direction.OUT).isEmpty());
        assertTrue(on(TouchKind.MESSAGE, Direction.IN).isEmpty());
        assertTrue(on(TouchKind.COMPLAINT, Direction.IN).isEmpty());
    }

    @Test
    void positive_feedback_starts_it_but_other_feedback_does_not() {
        Touch touch = new Touch("t1", "c1", TouchKind.FEEDBACK, Direction.IN, null, T0, "5/5", "command");
        var book = RulebookLoader.defaults();
        assertEquals(1, rule.onTouch(context(book, null), touch, Signals.logged().withPolarity("positive")).size());
        assertTrue(rule.onTouch(context(book, null), touch, Signals.logged().withPolarity("mixed")).isEmpty());
    }

    @Test
    void the_delay_comes_from_the_rulebook() {
        var book = RulebookLoader.load(new StringReader("{\"rules\":{\"reciprocate\":{\"delay\":\"PT5S\"}}}"), "t");
        Touch touch = new Touch("t1", "c1", TouchKind.THANKS, Direction.IN, null, T0, "", "command");
        var schedule = (Decision.Schedule) rule.onTouch(context(book, null), touch, Signals.logged()).get(0);
        assertEquals(T0.plusSeconds(5), schedule.dueAt());
    }

    @Test
    void the_nudge_says_what_happened_why_it_matters_and_what_to_do() {
        var schedule = (Decision.Schedule) on(TouchKind.REFERRAL, Direction.IN).get(0);
        var nudge = new io.rapport.core.model.Nudge("n1", "c1", "reciprocate", schedule.key(), schedule.assignee(),
                io.rapport.core.model.NudgeState.SCHEDULED, schedule.dueAt(), T0, 0, 0, schedule.data(), null, null);
        NudgeText text = rule.text(nudge, acme, new RenderContext(T0.plus(Duration.ofDays(2)), java.time.ZoneOffset.UTC,
                RulebookLoader.defaults()));
        assertEquals("Acme's Dana sent you a referral 2 days ago.", text.what());
        assertTrue(text.why().startsWith("Reciprocate in kind"));
        assertTrue(text.next().contains("introduce"));
    }
}
