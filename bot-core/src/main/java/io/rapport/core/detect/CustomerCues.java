package io.rapport.core.detect;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The customer-message cue lexicons, compiled once into a {@link PhraseIndex}. */
final class CustomerCues {

    private static final Map<Cue, List<String>> TABLE = PhraseIndex.table(Cue.class);
    private static final Set<String> VOCABULARY;
    static final PhraseIndex<Cue> INDEX;

    static {
        GestureLexicon.addTo(TABLE);
        ComplaintLexicon.addTo(TABLE);
        Set<String> words = new HashSet<>();
        for (List<String> phrases : TABLE.values()) {
            for (String phrase : phrases) {
                for (String part : phrase.split("\\s+")) {
                    for (String alternative : part.split("/")) {
                        String w = alternative.replace("*", "");
                        if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !w.equals("Name")) {
                            words.add(w);
                        }
                    }
                }
            }
        }
        VOCABULARY = Collections.unmodifiableSet(words);
        INDEX = new PhraseIndex<>(TABLE);
    }

    private CustomerCues() {
    }

    /** Every word the lexicons use: such a word written with a capital starts a sentence, it is not a name. */
    static Set<String> vocabulary() {
        return VOCABULARY;
    }
}
