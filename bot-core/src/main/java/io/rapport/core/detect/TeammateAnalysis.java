package io.rapport.core.detect;

import io.rapport.core.time.DueMatch;
import java.util.Objects;
import java.util.Optional;

/**
 * What a teammate's message commits to, and how it sounds.
 *
 * @param promise   the commitment's due phrase, resolved, when the message makes a promise with a date
 * @param what      the commitment in a few words ("send the SOC2 report"), empty when no promise
 * @param defensive the reply argues or blames ("as I already explained…") rather than acknowledging
 * @param evidence  the words that decided it
 * @param commits   whether the message makes a promise at all, with or without a resolvable date
 *                  ("let me check and get back to you" commits, with no date)
 * @param duePhrase when the promise is due, exactly as written, even when it names no instant
 *                  ("once the certificate is renewed", "shortly"); null when none is said
 */
public record TeammateAnalysis(Optional<DueMatch> promise, String what, boolean defensive, String evidence,
                               boolean commits, String duePhrase) {

    public TeammateAnalysis {
        Objects.requireNonNull(promise, "promise");
        what = what == null ? "" : what;
        evidence = evidence == null ? "" : evidence;
        commits = commits || promise.isPresent();
        if (duePhrase == null && promise.isPresent()) {
            duePhrase = promise.get().phrase();
        }
    }

    public TeammateAnalysis(Optional<DueMatch> promise, String what, boolean defensive, String evidence) {
        this(promise, what, defensive, evidence, promise.isPresent() || (what != null && !what.isBlank()), null);
    }

    public static TeammateAnalysis nothing() {
        return new TeammateAnalysis(Optional.empty(), "", false, "");
    }
}
