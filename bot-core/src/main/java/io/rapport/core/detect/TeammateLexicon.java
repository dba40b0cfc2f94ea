package io.rapport.core.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Phrases for promises and defensive tone in teammates' messages, in the notation of {@link PhraseIndex}. */
final class TeammateLexicon {

    static final PhraseIndex<TeammateCue> INDEX;

    static {
        Map<TeammateCue, List<String>> t = PhraseIndex.table(TeammateCue.class);
        put(t, TeammateCue.COMMIT, "i'll", "we'll", "i will", "we will", "i shall", "we shall", "i'm going to",
                "we're going to", "i am going to", "we are going to", "let me", "let us", "i promise",
                "we promise", "leave it with me", "you'll have", "you'll get", "you'll see", "you'll receive",
                "you will have", "you will get", "you will see", "you will receive", "you'll hear", "on it",
                "i'll make sure", "i can get", "we can get", "i'll try", "we'll try", "i'll aim", "we'll aim",
                "i'm on it", "we're on it", "i'll be sure", "will do");
        put(t, TeammateCue.COMMIT_STATED, "has committed to", "have committed to", "is committed to",
                "are committed to", "expect a call", "expect an update", "expect an email", "expect a reply",
                "expect an answer", "expect the", "expect it", "are scheduled to", "is scheduled to",
                "is planned for", "are planned for");
        put(t, TeammateCue.COMMIT_HEDGED, "we should have", "i should have", "should be done", "should be ready",
                "should be live", "should be fixed", "should be resolved", "should be deployed",
                "should be complete", "should be out", "should land", "should go out");
        put(t, TeammateCue.NOT_COMMIT, "let me know", "let us know", "let's see", "let's", "can't promise",
                "can't commit", "cannot promise", "cannot commit", "not able to", "unable to", "no plans",
                "not planning", "won't be able", "will not be able", "not going to", "we'll see how",
                "we'll see what", "i'll see how", "no guarantee*", "can't guarantee", "can't give you a date",
                "aren't commitments", "isn't a commitment", "not a commitment", "we'll never", "i'll never",
                "will not", "will cover", "will be covering", "is covering", "let me just say", "let me be clear", "let me clarify", "let me reiterate");
        put(t, TeammateCue.ABSENCE, "ooo", "out of office", "out of the office", "on leave", "on holiday",
                "on vacation", "pto", "off sick", "annual leave", "sick leave", "parental leave", "away until",
                "off until", "be off", "be away", "be out", "be travelling", "be traveling", "be unavailable",
                "be offline");
        put(t, TeammateCue.EVENT_DUE, "once", "as soon as", "right after", "straight after", "after",
                "before your", "before the", "when", "in the next release", "in the next sprint", "this sprint",
                "next sprint", "in the next version", "with the next release", "with the next version",
                "in the next update", "with the next update", "in the next build", "with the next build",
                "in the next patch", "on the next invoice", "on your next invoice",
                "in the maintenance window", "in the _ maintenance window", "shortly", "immediately",
                "right away", "straight away", "asap", "in a bit", "in a sec", "in a second", "in a moment",
                "in a minute", "soon", "right now");
        put(t, TeammateCue.DEFENSIVE, "as i already explained", "as i explained", "as i said", "as i mentioned",
                "as i've said", "as i've mentioned", "as i noted", "as i stated", "as previously mentioned",
                "as previously explained", "as previously stated", "as already mentioned", "as already explained",
                "as mentioned in my", "as mentioned before", "as mentioned earlier", "as stated in", "as explained",
                "as noted earlier", "as noted before", "as outlined", "you would have seen", "you would've seen",
                "you'd have seen", "which you would", "we did flag", "we did mention", "we did warn", "we did tell",
                "we did say", "did notify", "you were notified", "was announced", "nobody else has", "no one else has",
                "must be your", "must be on your", "on your network", "not how", "isn't how",
                "per my last", "per my previous", "as per my last", "as per my previous", "i already explained",
                "i already told", "i already said", "i've already explained", "like i said", "to reiterate",
                "to be fair", "in fairness", "with respect", "with all due respect", "to clarify i said",
                "i said we'd", "i never said", "not what i said", "not our fault", "not our issue",
                "not our problem", "not on our side", "not a bug", "isn't a bug", "working as designed",
                "works as designed", "working as intended", "works as intended", "as designed", "by design",
                "expected behavior", "documented behavior",
                "per our policy", "per the policy", "per our terms", "per the spec", "per the contract",
                "per the documentation", "per the docs", "our docs state", "our docs do state", "the docs state",
                "docs clearly", "clearly documented", "was documented", "clearly stated", "which is standard",
                "that's standard", "standard practice", "standard procedure", "did mention", "on your side", "on your end",
                "in your environment", "issue with your", "problem with your", "something in your", "caused by your",
                "you uploaded", "your test environment", "user error", "you should have",
                "you should've", "if you had", "if you'd have", "if you'd read", "if you'd checked",
                "if you'd followed", "if you'd updated", "if you'd tested", "if your .. had", "had been kept", "you didn't",
                "you did not", "you never", "you failed to", "you were told", "you were informed",
                "nobody .. told", "no one .. told", "weren't told", "wasn't told", "weren't informed",
                "never told us", "outside our control", "out of our control",
                "beyond our control", "nothing we can do", "not something we can", "not responsible",
                "not liable", "held responsible", "held liable", "not accountable", "designed to work",
                "designed that way", "intended behavior", "intended to work", "it's hardly", "hardly an",
                "only a handful", "a handful of users", "a small number of users", "never seen this", "no other customer", "any other customer",
                "other customers don't", "where .. comes from", "where .. come from", "where you got",
                "understand your frustration however", "understand .. however", "i hear you but",
                "that's just how", "that's how it works", "overreacting", "not a big deal", "no big deal",
                "minor inconvenience", "doesn't qualify", "does not qualify", "closed because",
                "no response from you", "you didn't respond");
        put(t, TeammateCue.DEFENSIVE_EDGE, "look", "actually", "anyway", "anyways", "obviously", "simply",
                "don't expect", "already issued", "already given", "already credited", "only affects");
        INDEX = new PhraseIndex<>(t);
    }

    private TeammateLexicon() {
    }

    private static void put(Map<TeammateCue, List<String>> t, TeammateCue cue, String... phrases) {
        t.computeIfAbsent(cue, k -> new ArrayList<>()).addAll(List.of(phrases));
    }
}
