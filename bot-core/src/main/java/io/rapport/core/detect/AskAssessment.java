package io.rapport.core.detect;

import io.rapport.core.detect.PhraseIndex.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a message asks the team to do something (a request) or asks to know something (a question).
 * "Can you confirm…", "please advise" and wh-questions ask for information; "can you send…", "please
 * add…", "we need…", "feature request" and a sentence opening with a verb ask for action.
 *
 * @param request  score for a request: each direct ask counts 2, a trailing "please" 1
 * @param question whether anything is asked for information
 */
record AskAssessment(int request, boolean question, String evidence) {

    private static final Set<String> WH = Set.of("what", "when", "where", "which", "who", "whom", "whose", "why",
            "how", "what's", "who's", "where's", "how's", "when's", "which's", "whats");
    private static final Set<String> AUX = Set.of("is", "are", "does", "do", "did", "can", "could", "would",
            "should", "has", "have", "was", "were", "isn't", "aren't", "doesn't", "don't", "am", "may");
    private static final Set<String> SUBJECTS = Set.of("there", "it", "this", "that", "the", "a", "an", "you", "we",
            "i", "they", "he", "she", "our", "your", "my", "any", "anyone", "someone", "anybody", "these", "those");
    /** After "please": asking for an answer or for patience, not for work. */
    private static final Set<String> NOT_WORK = Set.of("let", "advise", "confirm", "guide", "ignore", "note",
            "find", "see", "feel", "excuse", "disregard", "be", "keep", "bear", "clarify", "explain");
    /** A sentence opening with one of these verbs tells the team to do it. */
    private static final Set<String> IMPERATIVE = Set.of("send", "add", "share", "enable", "disable", "turn",
            "remove", "delete", "update", "change", "set", "schedule", "book", "arrange", "move", "cancel", "reset",
            "extend", "upgrade", "downgrade", "create", "provide", "give", "grant", "revoke", "merge", "rotate",
            "bump", "increase", "reduce", "lower", "export", "rerun", "resend", "cc", "include", "forward", "email",
            "call", "ping", "check", "look", "fix", "unlock", "reactivate", "activate", "deactivate", "whitelist",
            "allowlist", "refund", "reissue", "issue", "prepare", "draft", "raise", "escalate", "investigate",
            "rename", "reopen", "close", "restore", "revert", "translate", "transfer", "switch", "configure",
            "install", "migrate", "sync", "resync", "onboard", "invite", "assign", "reassign", "approve");
    private static final Set<String> OPENERS = Set.of("hi", "hello", "hey", "team", "all", "folks", "guys", "sir",
            "madam", "dear", "also", "and", "so", "ok", "okay", "oh", "btw", "again", "just", "quick", "one",
            "@mention");

    static AskAssessment of(Signals s) {
        MessageText t = s.text();
        List<String> why = new ArrayList<>();
        int request = 0;
        boolean question = s.has(Cue.ASK_INFO);
        if (question) {
            why.add("ask-info '" + s.words(Cue.ASK_INFO) + "'");
        }
        for (Hit<Cue> h : s.hits(Cue.REQUEST_MODAL)) {
            if (!overlaps(s.hits(Cue.ASK_INFO), h) && !whSentence(t, h.from())) {
                request += 2;
                why.add("request '" + t.quote(h.from(), Math.min(t.size(), h.to() + 1)) + "'");
            }
        }
        for (Cue c : new Cue[] {Cue.REQUEST_WANT, Cue.REQUEST_FEATURE}) {
            for (Hit<Cue> h : s.hits(c)) {
                if (!whSentence(t, h.from()) && !t.isQuestion(t.word(h.from()).sentence()) || c == Cue.REQUEST_FEATURE) {
                    request += 2;
                    why.add(c.id() + " '" + t.quote(h.from(), h.to()) + "'");
                }
            }
        }
        for (Hit<Cue> h : s.hits(Cue.REQUEST_PLEASE)) {
            int next = h.to();
            boolean sameSentence = next < t.size() && t.word(next).sentence() == t.word(h.from()).sentence();
            if (!sameSentence) {
                request += 1; // "…, pls": a trailing please marks an ask
                why.add("trailing '" + t.quote(h.from(), h.to()) + "'");
            } else if (!NOT_WORK.contains(t.norm(next)) && !overlaps(s.hits(Cue.ASK_INFO), h)) {
                request += 2;
                why.add("please '" + t.quote(h.from(), next + 1) + "'");
            }
        }
        for (int sentence = 0; sentence < t.sentenceCount(); sentence++) {
            int start = opening(t, sentence);
            if (start < 0) {
                continue;
            }
            String w = t.norm(start);
            if ((IMPERATIVE.contains(w) || w.equals("need")) && !t.isQuestion(sentence)) {
                request += 2;
                why.add("imperative '" + t.raw(start) + "'");
            } else if (WH.contains(w) || (AUX.contains(w) && SUBJECTS.contains(t.norm(start + 1)))
                    || t.isQuestion(sentence)) {
                if (!question) {
                    why.add(t.isQuestion(sentence) ? "question mark" : "asks '" + t.raw(start) + "'");
                }
                question = true;
            }
        }
        return new AskAssessment(request, question, String.join("; ", why));
    }

    boolean present() {
        return request > 0 || question;
    }

    /** The first word of the sentence after greetings and mentions, or -1. */
    private static int opening(MessageText t, int sentence) {
        for (int i = 0; i < t.size(); i++) {
            MessageText.Word w = t.word(i);
            if (w.sentence() < sentence) {
                continue;
            }
            if (w.sentence() > sentence) {
                return -1;
            }
            if (!OPENERS.contains(w.norm()) && w.kind() != MessageText.Kind.EMOJI) {
                return i;
            }
        }
        return -1;
    }

    private static boolean whSentence(MessageText t, int word) {
        int start = opening(t, t.word(word).sentence());
        return start >= 0 && WH.contains(t.norm(start));
    }

    private static boolean overlaps(List<Hit<Cue>> hits, Hit<Cue> h) {
        for (Hit<Cue> o : hits) {
            if (o.from() < h.to() && h.from() < o.to()) {
                return true;
            }
        }
        return false;
    }
}
