package io.rapport.core.detect;

import io.rapport.core.detect.PhraseIndex.Hit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a message praises people (not the product), and whom. Three ways to praise:
 * <ul>
 *   <li>a word only said of people at their best ("rockstar", "kudos to", "went out of her way");</li>
 *   <li>a personal quality ("patient", "knowledgeable") with a person in the message;</li>
 *   <li>a general superlative ("brilliant", "fantastic") whose subject is a person ("Kenji was fantastic",
 *       "you're amazing"), so "the new screen is fantastic" stays product feedback;</li>
 * </ul>
 * and asking the vendor to pass thanks or praise on to a named person.
 */
record PraiseAssessment(boolean present, int first, List<String> praised, String evidence) {

    private static final PraiseAssessment NONE = new PraiseAssessment(false, Integer.MAX_VALUE, List.of(), "");
    private static final int SUBJECT_REACH = 6;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "he's", "she's", "his", "her", "you're",
            "whoever", "are", "guys", "all", "y'all");
    private static final Set<String> SUBJECT_VERBS = Set.of("is", "are", "was", "were", "has", "have", "had",
            "been", "did", "went", "handled", "really", "absolutely", "always", "truly", "genuinely", "rock",
            "rocks", "rocked", "made", "so", "very");

    static PraiseAssessment of(Signals s) {
        MessageText t = s.text();
        List<String> why = new ArrayList<>();
        Set<Integer> sentences = new HashSet<>();
        int first = Integer.MAX_VALUE;
        for (Hit<Cue> h : s.hits(Cue.PRAISE_TITLE)) {
            first = take(t, h, "praise", why, sentences, first);
        }
        boolean someone = s.has(Cue.PERSON_REF) || anyPerson(t);
        if (someone) {
            for (Hit<Cue> h : s.hits(Cue.PRAISE_PERSONAL)) {
                first = take(t, h, "personal", why, sentences, first);
            }
        }
        for (Hit<Cue> h : s.hits(Cue.PRAISE_GENERAL)) {
            if (personBefore(s, h.from())) {
                first = take(t, h, "person-praise", why, sentences, first);
            }
        }
        if (s.has(Cue.PASS_ON) && anyPerson(t)) {
            for (Hit<Cue> h : s.hits(Cue.PASS_ON)) {
                first = take(t, h, "pass-on", why, sentences, first);
            }
        }
        if (why.isEmpty()) {
            return NONE;
        }
        return new PraiseAssessment(true, first, Names.praised(t, sentences), String.join("; ", why));
    }

    private static int take(MessageText t, Hit<Cue> h, String kind, List<String> why, Set<Integer> sentences,
                            int first) {
        why.add(kind + " '" + t.quote(h.from(), h.to()) + "'");
        sentences.add(t.word(h.from()).sentence());
        return Math.min(first, h.from());
    }

    private static boolean anyPerson(MessageText t) {
        for (int i = 0; i < t.size(); i++) {
            if (Names.isPerson(t, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownedBy(MessageText t, int i) {
        return t.norm(i).equals("our") || t.norm(i).equals("my");
    }

    /** A person (name, mention, "you're", "your team") shortly before the word, in the same sentence. */
    private static boolean personBefore(Signals s, int word) {
        MessageText t = s.text();
        int sentence = t.word(word).sentence();
        for (int k = word - 1; k >= Math.max(0, word - SUBJECT_REACH); k--) {
            if (t.word(k).sentence() != sentence) {
                return false;
            }
            if (Names.isPerson(t, k)) {
                return true;
            }
        }
        for (Hit<Cue> h : s.hits(Cue.PERSON_REF)) {
            // "our team was great" praises the writer's own people, not the vendor's.
            boolean own = ownedBy(t, h.from() - 1) || ownedBy(t, h.from() - 2);
            // "team" can also name a thing ("the team calendar is great"); as a subject a verb follows it.
            boolean noun = t.word(h.to() - 1).kind() == MessageText.Kind.WORD && !PRONOUNS.contains(t.norm(h.to() - 1));
            if (noun && !SUBJECT_VERBS.contains(t.norm(h.to()))) {
                continue;
            }
            if (!own && h.to() <= word && word - h.to() < SUBJECT_REACH && t.word(h.from()).sentence() == sentence) {
                return true;
            }
        }
        return false;
    }
}
