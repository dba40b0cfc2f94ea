package io.rapport.core.engine;

import io.rapport.core.command.Command;
import io.rapport.core.detect.Detection;
import io.rapport.core.detect.GestureDetector;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.event.ObservedMessage;
import io.rapport.core.message.Card;
import io.rapport.core.message.Fact;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Direction;
import io.rapport.core.model.Person;
import io.rapport.core.model.Touch;
import io.rapport.core.port.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Touches: logged by a teammate with {@code log}, or observed in a linked channel. */
final class TouchCommands {
    private final Context context;
    private final CustomerResolver resolver;
    private final TouchRecorder recorder;
    private final GestureDetector detector;

    TouchCommands(Context context, CustomerResolver resolver, TouchRecorder recorder, GestureDetector detector) {
        this.context = context;
        this.resolver = resolver;
        this.recorder = recorder;
        this.detector = detector;
    }

    Reply log(CommandEvent e, Command.Log c) {
        Customer customer = resolver.resolve(e.workspace(), c.customer());
        Direction direction = c.direction() != null ? c.direction() : c.kind().defaultDirection();
        Person who = direction == Direction.OUT ? e.actor().person() : null;
        Touch touch = new Touch(Ids.random("t"), customer.id(), c.kind(), direction, who, context.now(), c.note(),
                "command");
        recorder.record(e.workspace(), customer, touch, e.actor().person());
        List<Fact> facts = new ArrayList<>(List.of(new Fact("Kind", c.kind().id()),
                new Fact("Direction", direction == Direction.IN ? "in (from the customer)" : "out (from the team)")));
        if (!c.note().isBlank()) {
            facts.add(new Fact("Note", c.note()));
        }
        return Reply.of(new Card("Logged for " + customer.name(), "", facts, List.of(), followUp(touch)));
    }

    /** A message in a linked channel becomes a touch; anything else is ignored. */
    Reply observe(ObservedMessage m) {
        Optional<Customer> linked = context.store().customerByChannel(m.workspace(), m.channel());
        if (linked.isEmpty() || m.text() == null || m.text().isBlank()) {
            return Reply.none();
        }
        Customer customer = linked.get();
        List<Change> alongside = new ArrayList<>();
        if (m.fromCustomer() && !customer.isContact(m.author().id())) {
            // the adapter vouches for it (e.g. a Slack Connect member from the other organisation)
            customer = customer.withContact(m.author());
            alongside.add(new Change.PutCustomer(customer));
        }
        Detection detection = m.fromCustomer() ? detector.classify(m.text()) : Detection.neutral();
        Touch touch = new Touch(Ids.random("t"), customer.id(), detection.kind(),
                m.fromCustomer() ? Direction.IN : Direction.OUT, m.author(), m.at(), m.text(),
                "channel:" + m.channel());
        recorder.record(m.workspace(), customer, touch, null, alongside);
        return Reply.none();
    }

    private static String followUp(Touch touch) {
        if (touch.kind().isGesture() && touch.direction() == Direction.IN) {
            return "Rapport will remind you to reciprocate if nothing goes back.";
        }
        if (touch.kind().isGesture()) {
            return "Reciprocity noted.";
        }
        return null;
    }
}
