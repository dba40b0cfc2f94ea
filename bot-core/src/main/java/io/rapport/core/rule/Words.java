package io.rapport.core.rule;

import io.rapport.core.message.Fact;
import io.rapport.core.model.Customer;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.Person;
import io.rapport.core.model.Touch;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Wording and nudge data shared by the rules. */
final class Words {
    private static final int QUOTE = 160;

    private Words() {
    }

    /** "Dana at Acme", or "Acme" when the person is not known. */
    static String whoAt(String person, Customer customer) {
        return person == null || person.isBlank() ? customer.name() : person + " at " + customer.name();
    }

    /** A customer's words, shortened, in quotes; "" when there are none. */
    static String quote(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return "\u201c" + (flat.length() > QUOTE ? flat.substring(0, QUOTE - 1) + "\u2026" : flat) + "\u201d";
    }

    static String name(Person person) {
        return person == null ? "" : person.name();
    }

    /** The facts every nudge about a touch keeps: what, who, when, and how to find the message again. */
    static Map<String, String> aboutTouch(Touch touch, Signals signals) {
        Map<String, String> data = new HashMap<>();
        data.put("touch", touch.id());
        data.put("kind", touch.kind().id());
        data.put("from", name(touch.who()));
        data.put("at", touch.at().toString());
        data.put("note", touch.note());
        if (signals.channel() != null) {
            data.put("channel", signals.channel());
        }
        if (signals.observed()) {
            data.put("thread", signals.threadRoot());
        }
        return data;
    }

    /**
     * {@link #aboutTouch} for a nudge that exists only because of what a detector read: it names the message
     * and the label, so "Not a thanks" can undo it.
     */
    static Map<String, String> aboutDetectedTouch(Touch touch, Signals signals) {
        Map<String, String> data = aboutTouch(touch, signals);
        if (signals.correctable()) {
            data.put("message", signals.messageKey());
            data.put("label", signals.label());
        }
        return data;
    }

    static Instant at(Nudge nudge) {
        String at = nudge.get("at");
        return at.isEmpty() ? nudge.createdAt() : Instant.parse(at);
    }

    static Fact fact(String label, String value) {
        return new Fact(label, value == null ? "" : value);
    }

    /** "a thanks", "an intro", "praise", for a "Not …" correction button. */
    static String notA(String label) {
        return switch (label) {
            case "praise", "feedback" -> "Not " + label;
            case "intro" -> "Not an intro";
            default -> "Not a " + label;
        };
    }
}
