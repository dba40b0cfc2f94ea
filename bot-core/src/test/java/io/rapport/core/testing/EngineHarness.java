package io.rapport.core.testing;

import io.rapport.core.engine.Engine;
import io.rapport.core.engine.Scheduler;
import io.rapport.core.event.ActionEvent;
import io.rapport.core.event.Actor;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.event.ObservedMessage;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Person;
import io.rapport.core.port.Store;
import io.rapport.core.rule.Rule;
import io.rapport.core.rule.Rules;
import io.rapport.core.rulebook.Rulebook;
import io.rapport.core.rulebook.RulebookLoader;
import io.rapport.core.time.DueParser;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** An engine, a scheduler and a clock wired over a store, with helpers to talk to it like a person. */
public final class EngineHarness {
    public static final Instant START = Instant.parse("2026-03-02T10:00:00Z"); // a Monday
    private static final DueParser DUE = new DueParser();
    public final MutableClock clock = new MutableClock(START);
    public final RecordingMessenger messenger = new RecordingMessenger(clock);
    public final Store store;
    public final Engine engine;
    public final Scheduler scheduler;
    public final String workspace;
    private long messages;

    /** Every rule, default rulebook, in memory. */
    public EngineHarness() {
        this(new InMemoryStore(), "test", RulebookLoader.defaults(), Rules.all());
    }

    /** Only these rules (and the engine's daily round), so a scenario sees exactly its rule's nudges. */
    public EngineHarness(Rule... rules) {
        this(new InMemoryStore(), "test", RulebookLoader.defaults(), List.of(rules));
    }

    /** Only these rules, with the defaults overridden by {@code rulebookJson}. */
    public EngineHarness(String rulebookJson, Rule... rules) {
        this(new InMemoryStore(), "test", RulebookLoader.load(new StringReader(rulebookJson), "test rulebook"),
                List.of(rules));
    }

    public EngineHarness(Store store, String workspace, Rulebook rulebook) {
        this(store, workspace, rulebook, Rules.all());
    }

    public EngineHarness(Store store, String workspace, Rulebook rulebook, List<Rule> rules) {
        this.store = store;
        this.workspace = workspace;
        this.engine = new Engine(store, rulebook, clock, rules, new StubGestureDetector(),
                new StubTeammateDetector(), (phrase, ref) -> DUE.resolve(phrase, ref, "en-US"));
        this.scheduler = new Scheduler(store, engine, messenger, clock, Scheduler.Listener.NONE);
    }

    public static Actor actor(String id) {
        return actor(id, ZoneId.of("UTC"));
    }

    public static Actor actor(String id, ZoneId zone) {
        return new Actor(new Person(id, capitalize(id)), false, zone);
    }

    public static Actor admin(String id) {
        return new Actor(new Person(id, capitalize(id)), true, ZoneId.of("UTC"));
    }

    private static String capitalize(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    public Reply say(String who, String text) {
        return say(actor(who), text);
    }

    public Reply say(Actor actor, String text) {
        return engine.command(new CommandEvent(workspace, actor, null, text, Map.of(), clock.instant()));
    }

    /** A command mentioning people: each {@code @id} in the text is said to be that person. */
    public Reply sayMentioning(String who, String text, Person... mentioned) {
        Map<String, Person> mentions = new java.util.HashMap<>();
        for (Person p : mentioned) {
            mentions.put(p.id(), p);
        }
        return engine.command(new CommandEvent(workspace, actor(who), null, text, mentions, clock.instant()));
    }

    public Reply sayIn(String channel, String who, String text) {
        return engine.command(new CommandEvent(workspace, actor(who), channel, text, Map.of(), clock.instant()));
    }

    public Reply sayAsAdmin(String who, String text) {
        return engine.command(new CommandEvent(workspace, admin(who), null, text, Map.of(), clock.instant()));
    }

    public Reply press(String who, String actionId, String value) {
        return engine.action(new ActionEvent(workspace, actor(who), actionId, value, null, clock.instant()));
    }

    public Reply press(Actor actor, String actionId, String value, String input) {
        return engine.action(new ActionEvent(workspace, actor, actionId, value, input, clock.instant()));
    }

    /** A top-level message in a channel, with a fresh message id. */
    public Reply post(String channel, String who, boolean customer, String text) {
        return post(channel, who, customer, text, "m" + (++messages), null);
    }

    public Reply post(String channel, String who, boolean customer, String text, String messageId, String thread) {
        return engine.observe(new ObservedMessage(workspace, channel, new Person(who, capitalize(who)), customer,
                text, messageId, thread, clock.instant()));
    }

    /** Runs the scheduler until nothing more is due now; returns how many messages people got. */
    public int tick() {
        int total = 0;
        // internal rounds and dropped nudges deliver nothing but may plan more that is due at once
        for (int round = 0; round < 50 && dueNow(); round++) {
            total += scheduler.runOnce(100);
        }
        return total;
    }

    private boolean dueNow() {
        return store.activeNudges(workspace).stream().anyMatch(n -> n.state() == NudgeState.SCHEDULED
                && !n.dueAt().isAfter(clock.instant()));
    }

    /** The active nudges of one rule, soonest due first. */
    public List<Nudge> active(String rule) {
        return store.activeNudges(workspace).stream().filter(n -> n.rule().equals(rule))
                .sorted(java.util.Comparator.comparing(Nudge::dueAt)).toList();
    }
}
