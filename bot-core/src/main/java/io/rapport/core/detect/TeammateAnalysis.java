package io.rapport.core.detect;

import io.rapport.core.time.DueMatch;
import java.util.Optional;

/**
 * What a teammate's message in a linked channel commits to, and how it sounds.
 *
 * @param promise   the commitment's due phrase, resolved, when the message makes a promise
 * @param what      the commitment in a few words ("send the SOC2 report"), empty when no promise
 * @param defensive the reply argues or blames ("as I already explained…") rather than acknowledging
 * @param evidence  the words that decided it
 */
public record TeammateAnalysis(Optional<DueMatch> promise, String what, boolean defensive, String evidence) {

    public static TeammateAnalysis nothing() {
        return new TeammateAnalysis(Optional.empty(), "", false, "");
    }
}
