package io.rapport.core.engine;

import io.rapport.core.command.Command;
import io.rapport.core.detect.Detection;
import io.rapport.core.detect.GestureDetector;
import io.rapport.core.detect.TeammateAnalysis;
import io.rapport.core.detect.TeammateDetector;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.event.ObservedMessage;
import io.rapport.core.message.Action;
import io.rapport.core.message.Card;
import io.rapport.core.message.Fact;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Commitment;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.Person;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import io.rapport.core.port.Change;
import io.rapport.core.port.ConflictException;
import io.rapport.core.port.Expectation;
import io.rapport.core.rule.Signals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Touches: logged by a teammate with {@code log}, or observed in a linked channel. {@code log} marks an
 * outreach as waiting for an answer with the word {@code unanswered} right after the kind or direction
 * ({@code log acme email unanswered sent the renewal quote}); the persistence rule follows it up.
 */
final class TouchCommands {
    static final String UNANSWERED = "unanswered";
    /** The locale teammates' due phrases are read in ("3/4" is 4 March). */
    private static final String LOCALE = "en-US";
    private final Context context;
    private final CustomerResolver resolver;
    private final TouchRecorder recorder;
    private final GestureDetector detector;
    private final TeammateDetector teammates;
    private final PromiseCommands promises;
    private final Zones zones;

    TouchCommands(Context context, CustomerResolver resolver, TouchRecorder recorder, GestureDetector detector,
                  TeammateDetector teammates, PromiseCommands promises, Zones zones) {
        this.context = context;
        this.resolver = resolver;
        this.recorder = recorder;
        this.detector = detector;
        this.teammates = teammates;
        this.promises = promises;
        this.zones = zones;
    }

    Reply log(CommandEvent e, Command.Log c) {
        Customer customer = resolver.resolve(e.workspace(), c.customer());
        Direction direction = c.direction() != null ? c.direction() : c.kind().defaultDirection();
        String note = c.note();
        boolean unanswered = firstWord(note).equalsIgnoreCase(UNANSWERED);
        if (unanswered) {
            if (direction != Direction.OUT) {
                throw new UserError("unanswered marks an outreach of yours that the customer has not answered, so "
                        + "it goes with out, e.g. log " + CustomerResolver.quoteIfNeeded(customer.name())
                        + " email out unanswered sent the renewal quote");
            }
            note = note.substring(UNANSWERED.length()).strip().replaceFirst("^[:,-]\\s*", "");
        }
        Person who = direction == Direction.OUT ? e.actor().person() : null;
        Touch touch = new Touch(Ids.touch(), customer.id(), c.kind(), direction, who, context.now(), note,
                "command", unanswered);
        List<Person> praised = e.mentions().entrySet().stream()
                .filter(m -> c.note().contains("@" + m.getKey())).map(Map.Entry::getValue).toList();
        recorder.record(e.workspace(), customer, touch, Signals.logged().withPraised(praised), e.actor().person());
        List<Fact> facts = new ArrayList<>(List.of(new Fact("Kind", c.kind().id()),
                new Fact("Direction", direction == Direction.IN ? "in (from the customer)" : "out (from the team)")));
        if (!note.isBlank()) {
            facts.add(new Fact("Note", note));
        }
        return Reply.of(new Card("Logged for " + customer.name(), "", facts, List.of(), followUp(touch)));
    }

    /**
     * A message in a linked channel becomes a touch; anything else is ignored, and so is a message a teammate
     * already corrected (it was counted once, as corrected). A promise read in a teammate's message is recorded
     * with it, and the author is told privately, with a button to undo it.
     */
    Reply observe(ObservedMessage m) {
        String ws = m.workspace();
        Optional<Customer> linked = context.store().customerByChannel(ws, m.channel());
        if (linked.isEmpty() || m.text() == null || m.text().isBlank()) {
            return Reply.none();
        }
        Customer customer = linked.get();
        String messageKey = m.messageId() == null ? null : m.channel() + "/" + m.messageId();
        if (messageKey != null && context.store().correction(ws, customer.id(), messageKey).isPresent()) {
            return Reply.none();
        }
        List<Change> alongside = new ArrayList<>();
        if (m.fromCustomer() && !customer.isContact(m.author().id())) {
            // the adapter vouches for it (e.g. a Slack Connect member from the other organisation)
            customer = customer.withContact(m.author());
            alongside.add(new Change.PutCustomer(customer));
        }
        Reading reading = m.fromCustomer() ? fromCustomer(m, customer, messageKey)
                : fromTeammate(m, customer, messageKey);
        Customer after = customer;
        String token = messageKey == null ? null : "message:" + messageKey;
        try {
            recorder.record(ws, after, reading.touch(), reading.signals(), null, tx -> {
                if (token != null) {
                    // one touch per message, even when the platform's event is handled twice
                    tx.expect(new Expectation.Unseen(token));
                    tx.change(new Change.Seen(token));
                }
                alongside.forEach(tx::change);
                if (reading.promise() != null) {
                    promises.record(tx, after, reading.promise(), reading.signals().asPromise(), m.author());
                }
            });
        } catch (ConflictException e) {
            if (e.failed() instanceof Expectation.Unseen) {
                return Reply.none(); // recorded already; the author was told then
            }
            throw e;
        }
        return reading.promise() == null ? Reply.none() : Reply.of(noted(after, reading.promise(), messageKey, m));
    }

    /** What a message was read as: the touch, what detection saw, and the promise it makes (or null). */
    private record Reading(Touch touch, Signals signals, Commitment promise) {
    }

    private Reading fromCustomer(ObservedMessage m, Customer customer, String messageKey) {
        Detection d = detector.classify(m.text());
        Signals signals = new Signals(d.label(), d.evidence(), m.channel(), m.threadId(), messageKey,
                Praised.people(d.praised()), false, d.polarity(), d.severity());
        return new Reading(new Touch(Ids.touch(), customer.id(), d.kind(), Direction.IN, m.author(), m.at(),
                m.text(), "channel:" + m.channel()), signals, null);
    }

    /** A teammate's message is read in their own zone, for the promise it makes and the tone it takes. */
    private Reading fromTeammate(ObservedMessage m, Customer customer, String messageKey) {
        TeammateAnalysis a = teammates.analyze(m.text(), m.at().atZone(zones.of(m.workspace(), m.author())), LOCALE);
        Signals signals = new Signals(null, a.evidence(), m.channel(), m.threadId(), messageKey, List.of(),
                a.defensive(), null, 0);
        Touch touch = new Touch(Ids.touch(), customer.id(), TouchKind.MESSAGE, Direction.OUT, m.author(), m.at(),
                m.text(), "channel:" + m.channel());
        Commitment promise = null;
        if (a.promise().isPresent() && a.promise().get().due().toInstant().isAfter(m.at())) {
            String what = a.what().isBlank() ? m.text().strip() : a.what();
            promise = new Commitment(context.store().newId(m.workspace(), "p"), customer.id(), m.author(), what,
                    a.promise().get().due().toInstant(), m.at(), Commitment.Status.OPEN, null);
        }
        return new Reading(touch, signals, promise);
    }

    private Card noted(Customer customer, Commitment promise, String messageKey, ObservedMessage m) {
        String value = promise.id() + (messageKey == null ? "" : " " + messageKey);
        return new Card("Promise noted: " + customer.name(), promise.text(),
                List.of(new Fact("Due", PromiseCommands.WHEN.format(promise.due().atZone(zones.of(m.workspace(),
                        m.author())))), new Fact("Id", promise.id())),
                List.of(Action.button(NudgeCards.CORRECT, "Not a promise", value)),
                "Rapport will remind you before it is due. Mark it kept with: done " + promise.id());
    }

    private static String firstWord(String note) {
        String trimmed = note.strip();
        int end = 0;
        while (end < trimmed.length() && Character.isLetter(trimmed.charAt(end))) {
            end++;
        }
        return trimmed.substring(0, end).toLowerCase(Locale.ROOT);
    }

    private static String followUp(Touch touch) {
        if (touch.unanswered()) {
            return "Rapport will remind you to follow up until they answer.";
        }
        if (touch.kind().isGesture() && touch.direction() == Direction.IN) {
            return "Rapport will remind you to reciprocate if nothing goes back.";
        }
        if (touch.kind().isGesture()) {
            return "Reciprocity noted.";
        }
        return null;
    }
}
