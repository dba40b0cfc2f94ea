package io.rapport.core.testing;

import io.rapport.core.detect.KeywordGestureDetector;
import io.rapport.core.engine.Engine;
import io.rapport.core.engine.Scheduler;
import io.rapport.core.event.ActionEvent;
import io.rapport.core.event.Actor;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.event.ObservedMessage;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Person;
import io.rapport.core.port.Store;
import io.rapport.core.rule.ReciprocateRule;
import io.rapport.core.rulebook.Rulebook;
import io.rapport.core.rulebook.RulebookLoader;
import io.rapport.core.time.DueParser;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** An engine, a scheduler and a clock wired over a store, with helpers to talk to it like a person. */
public final class EngineHarness {
    public static final Instant START = Instant.parse("2026-03-02T10:00:00Z"); // a Monday
    private static final DueParser DUE = new DueParser();
    public final MutableClock clock = new MutableClock(START);
    public final RecordingMessenger messenger = new RecordingMessenger();
    public final Store store;
    public final Engine engine;
    public final Scheduler scheduler;
    public final String workspace;

    public EngineHarness() {
        this(new InMemoryStore(), "test", RulebookLoader.defaults());
    }

    public EngineHarness(Store store, String workspace, Rulebook rulebook) {
        this.store = store;
        this.workspace = workspace;
        this.engine = new Engine(store, rulebook, clock, List.of(new ReciprocateRule()),
                new KeywordGestureDetector(), (phrase, ref) -> DUE.resolve(phrase, ref, "en-US"));
        this.scheduler = new Scheduler(store, engine, messenger, clock, Scheduler.Listener.NONE);
    }

    public static Actor actor(String id) {
        return new Actor(new Person(id, capitalize(id)), false, ZoneId.of("UTC"));
    }

    public static Actor admin(String id) {
        return new Actor(new Person(id, capitalize(id)), true, ZoneId.of("UTC"));
    }

    private static String capitalize(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    public Reply say(String who, String text) {
        return engine.command(new CommandEvent(workspace, actor(who), null, text, Map.of(), clock.instant()));
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

    public Reply press(io.rapport.core.event.Actor actor, String actionId, String value, String input) {
        return engine.action(new ActionEvent(workspace, actor, actionId, value, input, clock.instant()));
    }

    public Reply post(String channel, String who, boolean customer, String text) {
        return engine.observe(new ObservedMessage(workspace, channel, new Person(who, capitalize(who)), customer,
                text, "m-" + System.nanoTime(), null, clock.instant()));
    }

    /** Runs the scheduler until nothing more is due now. */
    public int tick() {
        int total = 0;
        for (int n = scheduler.runOnce(100); n > 0; n = scheduler.runOnce(100)) {
            total += n;
        }
        return total;
    }
}
