package io.rapport.core.engine;

import io.rapport.core.event.Actor;
import io.rapport.core.message.Card;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Commitment;
import io.rapport.core.model.Correction;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import io.rapport.core.port.Change;
import io.rapport.core.rule.PromiseRule;
import io.rapport.core.rule.Signals;
import java.util.Optional;

/**
 * Undoes a wrong detection from the nudge it caused ("Not a thanks", "Not a complaint", "Not a promise", "Not
 * defensive"), in one write: the touch is re-kinded as a plain message (so reciprocity and complaint counts
 * drop), every nudge that rested on that detection ends, a detected promise is cancelled, and the correction
 * is kept under the message so the same message is never counted again.
 */
final class Corrections {
    private static final int TIMELINE = 500;
    private final Context context;
    private final NudgeCommands nudges;
    private final PromiseCommands promises;
    private final HealthKeeper health;

    Corrections(Context context, NudgeCommands nudges, PromiseCommands promises, HealthKeeper health) {
        this.context = context;
        this.nudges = nudges;
        this.promises = promises;
        this.health = health;
    }

    /**
     * @param id         the nudge whose button was pressed, or a promise id (the button on a detected promise)
     * @param messageKey the message a detected promise was read in, when the button names it, else null
     */
    Reply correct(String ws, Actor actor, String id, String messageKey) {
        if (id.startsWith("p")) {
            return notAPromise(ws, actor, promises.find(ws, id), messageKey);
        }
        // a notice (kudos) is finished once delivered, but its correction still applies
        Nudge n = context.store().nudge(ws, id).orElseThrow(() -> NudgeCommands.notFound(id));
        String message = n.get("message");
        if (message.isEmpty()) {
            throw new UserError("Nudge " + id + " was not started by a detection; press Done if it does not apply.");
        }
        if (n.rule().equals(PromiseRule.ID)) {
            return notAPromise(ws, actor, promises.find(ws, n.get("promise")), message);
        }
        Customer customer = context.store().customer(ws, n.customerId())
                .orElseThrow(() -> NudgeCommands.notFound(id));
        String label = n.get("label");
        String touchId = n.get("touch");
        Optional<Correction> earlier = context.store().correction(ws, customer.id(), message);
        if (earlier.isPresent()) {
            return Reply.text("Already corrected by " + earlier.get().by().name() + ".");
        }
        Optional<Touch> touch = context.store().touches(ws, customer.id(), TIMELINE).stream()
                .filter(t -> t.id().equals(touchId)).findFirst();
        boolean tone = "defensive".equals(label);
        Transaction.forCustomer(context, ws, customer, tx -> {
            if (!tone) {
                touch.filter(t -> t.kind() != TouchKind.MESSAGE).ifPresent(t -> tx.change(
                        new Change.CorrectTouch(customer.id(), t.id(), t.kind(), TouchKind.MESSAGE)));
            }
            tx.change(new Change.PutCorrection(new Correction(customer.id(), message, label,
                    tone ? "not defensive" : "neutral", actor.person(), context.now())));
            for (Nudge other : context.store().activeNudges(ws, customer.id())) {
                boolean rests = other.id().equals(n.id()) || !tone && touchId.equals(other.get("touch"))
                        && !other.get("label").isEmpty();
                // an active nudge resting on the misread message ends with it
                if (rests) {
                    tx.active(other.key()).ifPresent(a -> tx.update(a, a.closed(NudgeState.CANCELLED,
                            "corrected by " + actor.id(), context.now())));
                }
            }
        });
        health.refresh(ws, customer.id());
        String what = tone ? "your reply as defensive" : "this message as " + label;
        return Reply.replacing(Card.text("Corrected: Rapport no longer counts " + what
                + ", and will remember it for this message.").withContext("Corrected by " + actor.name()));
    }

    private Reply notAPromise(String ws, Actor actor, Commitment promise, String messageKey) {
        if (!promise.isOpen()) {
            return Reply.text("Promise " + promise.id() + " is already closed.");
        }
        Customer customer = promises.customerOf(ws, promise);
        Optional<String> message = Optional.ofNullable(messageKey).or(() -> context.store()
                .activeNudges(ws, customer.id()).stream()
                .filter(n -> promise.id().equals(n.get("promise")) && !n.get("message").isEmpty())
                .map(n -> n.get("message")).findFirst());
        Transaction.forCustomer(context, ws, customer, tx -> {
            promises.record(tx, customer, promise.closed(Commitment.Status.CANCELLED, context.now()),
                    Signals.logged(), actor.person());
            message.ifPresent(key -> tx.change(new Change.PutCorrection(new Correction(customer.id(), key,
                    "promise", "no promise", actor.person(), context.now()))));
        });
        health.refresh(ws, customer.id());
        return Reply.replacing(Card.text("Corrected: \"" + promise.text() + "\" is not a promise; its reminders are "
                + "cancelled.").withContext("Corrected by " + actor.name()));
    }
}
