package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.command.CommandParser;
import io.rapport.core.command.UsageException;
import io.rapport.core.event.ActionEvent;
import io.rapport.core.event.Actor;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Person;
import io.rapport.core.port.Store;
import io.rapport.core.rulebook.Rulebook;
import io.rapport.core.rulebook.RulebookLoader;
import io.rapport.core.testing.EngineHarness;
import io.rapport.core.testing.FuzzText;
import io.rapport.core.testing.InMemoryStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * The engine's command and button entry under hostile text, on a workspace with customers, a promise and a
 * note: it never throws, always answers something readable, and an answer that refuses the command (a usage
 * error, a customer or nudge that does not exist) leaves the store exactly as it was — not one write.
 */
class EngineFuzzTest {
    private static final Rulebook RULEBOOK = RulebookLoader.defaults();
    /** A refusal: the problem, the usage line and an example; never the whole of what was typed. */
    private static final int CLEAR = 1_000;
    private static final Map<String, Person> DANA = Map.of("dana", new Person("dana", "Dana"));
    private final AtomicInteger commits = new AtomicInteger();
    private EngineHarness h;

    /** A fresh workspace for the first try and after any try that wrote; refused commands leave it as it was. */
    @BeforeTry
    void workspace() {
        if (h != null && commits.get() == 0) {
            return;
        }
        h = new EngineHarness(counting(new InMemoryStore()), "fuzz", RULEBOOK);
        h.say("alex", "add Acme tier key");
        h.say("alex", "add \"Globex Corp\"");
        h.say("alex", "promise acme send the deck by friday");
        h.say("alex", "note globex likes golf");
        commits.set(0);
    }

    @Provide
    Arbitrary<String> text() {
        return FuzzText.any();
    }

    @Property(tries = 40_000)
    void any_command_gets_a_readable_answer_and_a_refused_one_writes_nothing(
            @ForAll("text") String text, @ForAll boolean admin, @ForAll boolean inChannel, @ForAll boolean mention) {
        Actor actor = admin ? EngineHarness.admin("alex") : EngineHarness.actor("alex");
        Reply reply = h.engine.command(new CommandEvent(h.workspace, actor, inChannel ? "C1" : null, text,
                mention ? DANA : Map.of(), h.clock.instant()));

        assertReadable(reply);
        if (refusedByParser(text)) {
            assertEquals(0, commits.get(), "a refused command wrote to the store");
            assertTrue(reply.text().length() <= CLEAR, () -> "a " + reply.text().length() + "-character refusal");
        }
    }

    /** A customer-taking command naming "zq…", which no customer's name starts with; or a nudge id nothing has. */
    @Provide
    Arbitrary<String> missing() {
        String[] templates = {"show %s", "link %s", "contact %s @dana", "log %s call", "log %s thanks in for it",
            "promise %s send it by friday", "note %s likes golf", "date %s renewal 2027-03-31", "feedback %s 4 great",
            "export %s", "forget %s", "done %s", "snooze %s 1d", "reassign %s @dana"};
        return Arbitraries.randomValue(r -> {
            String name = "zq" + FuzzText.random(r, r.nextInt(30)).codePoints()
                    .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                            && FuzzText.QUOTES.indexOf(c) < 0)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
            return templates[r.nextInt(templates.length)].formatted(
                    r.nextInt(20) == 0 ? name.repeat(FuzzText.GIANT / name.length()) : name);
        });
    }

    @Property(tries = 3_000)
    void a_command_about_a_customer_or_nudge_that_does_not_exist_is_refused_and_writes_nothing(
            @ForAll("missing") String text, @ForAll boolean admin) {
        Actor actor = admin ? EngineHarness.admin("alex") : EngineHarness.actor("alex");
        Reply reply = h.engine.command(new CommandEvent(h.workspace, actor, "C1", text, DANA, h.clock.instant()));

        assertReadable(reply);
        assertEquals(0, commits.get(), () -> "wrote to the store for: " + reply.text());
        assertTrue(reply.text().length() <= CLEAR, () -> "a " + reply.text().length() + "-character refusal");
    }

    @Property(tries = 30_000)
    void any_button_with_any_value_gets_an_answer(@ForAll("button") String actionId, @ForAll("text") String value,
                                                   @ForAll("text") String input, @ForAll boolean admin) {
        Actor actor = admin ? EngineHarness.admin("alex") : EngineHarness.actor("alex");
        Reply reply = h.engine.action(new ActionEvent(h.workspace, actor, actionId, value, input, h.clock.instant()));

        assertReadable(reply);
    }

    @Provide
    Arbitrary<String> button() {
        return Arbitraries.oneOf(Arbitraries.of("done", "snooze", "reassign", "log_reply", NudgeCards.CORRECT,
                "forget_confirm", "forget_cancel"), FuzzText.piece());
    }

    private static boolean refusedByParser(String text) {
        try {
            CommandParser.parse(text);
            return false;
        } catch (UsageException e) {
            return true;
        }
    }

    private static void assertReadable(Reply reply) {
        assertFalse(reply.isEmpty(), "no answer at all");
        String text = reply.text();
        assertFalse(text.isBlank(), "a blank answer");
        for (String trace : new String[] {"Exception", "\tat ", "java.", "io.rapport."}) {
            assertFalse(text.contains(trace), () -> "internals in the answer: " + text);
        }
    }

    /** The store, counting every commit made through it. */
    private Store counting(Store store) {
        return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commit")) {
                        commits.incrementAndGet();
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
