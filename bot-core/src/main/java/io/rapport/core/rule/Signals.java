package io.rapport.core.rule;

import io.rapport.core.model.Person;
import java.util.List;

/**
 * What is known about a touch beyond its kind: where it was seen and what detection read in it.
 *
 * @param label      what the detector took a customer message for (thanks, complaint, question …), else null
 * @param evidence   the words that decided it
 * @param channel    the linked channel it was seen in, or null when logged by command
 * @param thread     the platform's id of the thread it was posted in, or null for a top-level message
 * @param messageKey {@code <channel>/<message id>}, how a correction names the message; null when logged
 * @param praised    teammates the customer praised by name
 * @param defensive  a teammate's reply reads as defensive
 * @param polarity   on feedback: positive, negative or mixed; else null
 * @param severity   on a complaint: 1 to 3; else 0
 */
public record Signals(String label, String evidence, String channel, String thread, String messageKey,
                      List<Person> praised, boolean defensive, String polarity, int severity) {
    /** The top level of a channel, as a conversation. */
    public static final String MAIN = "main";

    public Signals {
        praised = praised == null ? List.of() : List.copyOf(praised);
        evidence = evidence == null ? "" : evidence;
    }

    /** A touch a teammate logged by command: nothing detected, nothing to correct. */
    public static Signals logged() {
        return new Signals(null, "", null, null, null, List.of(), false, null, 0);
    }

    public Signals withPraised(List<Person> people) {
        return new Signals(label, evidence, channel, thread, messageKey, people, defensive, polarity, severity);
    }

    public Signals withPolarity(String value) {
        return new Signals(label, evidence, channel, thread, messageKey, praised, defensive, value, severity);
    }

    /** The conversation it belongs to: its thread, or "main" for the channel's top level. */
    public String threadRoot() {
        return thread != null ? thread : MAIN;
    }

    /** The same message, as the place a detected promise was read (so "Not a promise" can name it). */
    public Signals asPromise() {
        return new Signals("promise", evidence, channel, thread, messageKey, List.of(), false, null, 0);
    }

    /** Seen in a linked channel rather than logged. */
    public boolean observed() {
        return channel != null;
    }

    /** A detector decided the touch's kind, so a teammate can correct it from the nudge. */
    public boolean correctable() {
        return messageKey != null && label != null;
    }
}
