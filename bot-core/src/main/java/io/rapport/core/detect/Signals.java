package io.rapport.core.detect;

import io.rapport.core.detect.PhraseIndex.Hit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The cues found in one message, by cue, with the words that matched. Negated hits are kept apart. */
final class Signals {

    private final MessageText text;
    private final Map<Cue, List<Hit<Cue>>> byCue = new EnumMap<>(Cue.class);
    private final Map<Cue, List<Hit<Cue>>> negated = new EnumMap<>(Cue.class);

    Signals(MessageText text, List<Hit<Cue>> hits) {
        this.text = text;
        for (Hit<Cue> h : hits) {
            (h.negated() ? negated : byCue).computeIfAbsent(h.cue(), k -> new ArrayList<>(2)).add(h);
        }
    }

    MessageText text() {
        return text;
    }

    boolean has(Cue cue) {
        return byCue.containsKey(cue);
    }

    List<Hit<Cue>> hits(Cue cue) {
        return byCue.getOrDefault(cue, List.of());
    }

    List<Hit<Cue>> negatedHits(Cue cue) {
        return negated.getOrDefault(cue, List.of());
    }

    int count(Cue cue) {
        return hits(cue).size();
    }

    /** Word index where the cue first occurs, or {@link Integer#MAX_VALUE}. */
    int first(Cue cue) {
        List<Hit<Cue>> h = byCue.get(cue);
        return h == null ? Integer.MAX_VALUE : h.get(0).from();
    }

    /** Whether some hit of the cue lies in a statement (a sentence without a question mark). */
    boolean inStatement(Cue cue) {
        for (Hit<Cue> h : hits(cue)) {
            if (!text.isQuestion(text.word(h.from()).sentence())) {
                return true;
            }
        }
        return false;
    }

    /** Drops hits of {@code cue} that overlap any hit of {@code by} ("fed up with their vendor" is a prospect). */
    void suppress(Cue cue, Cue by) {
        List<Hit<Cue>> hs = byCue.get(cue);
        if (hs == null || !byCue.containsKey(by)) {
            return;
        }
        hs.removeIf(h -> byCue.get(by).stream().anyMatch(o -> o.from() < h.to() && h.from() < o.to()));
        if (hs.isEmpty()) {
            byCue.remove(cue);
        }
    }

    /** The matched words of the cue's first hit, as written. */
    String words(Cue cue) {
        List<Hit<Cue>> h = byCue.get(cue);
        return h == null ? "" : text.quote(h.get(0).from(), h.get(0).to());
    }

    /** "cue-id 'words'" for the cues given that were found, joined by "; ". */
    String evidence(Cue... cues) {
        StringBuilder sb = new StringBuilder();
        for (Cue c : cues) {
            if (has(c)) {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                sb.append(c.id()).append(" '").append(words(c)).append('\'');
            }
        }
        return sb.toString();
    }
}
