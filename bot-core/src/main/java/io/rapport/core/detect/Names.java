package io.rapport.core.detect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells people's names from other capitalised words, and picks out who a praise message is about. A name is
 * a mention ({@code <@U…>}, {@code <at>…</at>}, {@code @id}) or a word written with a capital that is not a
 * common English word, a cue word, a weekday, a month or a well-known product; places and organisations are
 * usually introduced by "at", "in", "from", "our"… and are skipped there.
 */
final class Names {

    private static final Set<String> COMMON = new HashSet<>(List.of((
            "i i'm i've i'd i'll a an the this that these those it it's its we we're we've we'd we'll our ours us "
            + "you you're you've you'd you'll your yours he she they their theirs his her him them my me mine "
            + "hi hello hey dear hiya morning evening afternoon greetings all everyone everybody team folks guys "
            + "thanks thank please kindly just quick really seriously honestly also and but so or if when what why "
            + "how who whoever where which whose can could would will should shall may might must is are was were "
            + "be been being do does did done has have had not no yes yep yeah nope okay sure great good big huge "
            + "massive special absolutely genuinely truly definitely again today tomorrow yesterday tonight now "
            + "then there here well wow oh ah hmm lol haha happy merry mr ms mrs dr sir madam ma'am mate "
            + "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
            + "january february march april may june july august september october november december jan feb mar "
            + "apr jun jul aug sep sept oct nov dec christmas easter diwali eid new year "
            + "slack teams zoom jira confluence google microsoft excel outlook salesforce gmail chrome firefox "
            + "safari windows mac macos android ios linux docusign okta aws azure gcp sso api sdk ui ux "
            + "quick note feedback suggestion overall survey rating feature features onboarding documentation docs "
            + "search export import filters dashboard report reports invoice invoices billing support product "
            + "release update version app mobile portal platform module screen page account ticket tickets call "
            + "meeting demo training session sessions deck slides link file files data the pilot rollout migration "
            + "love like loved liked patient calm clear thorough kind honest candid frankly fyi btw fwiw re "
            + "shoutout kudos props credit congrats congratulations bravo cheers ty thx pls plz sorry apologies "
            + "love bit small minor one two three four five six seven eight nine ten first second last next "
            + "every each some any many much more most other another such same own only both either neither "
            + "looping adding introducing connecting forwarding attaching sharing sending shipping dropping "
            + "saw spoke wondering thought noticed looks seems feels works worked used tried given "
            + "our your their hey hi yo ps nb eta asap eod eow tbh imo imho afaik iirc "
            + "north south east west central global regional local european american british indian "
            + "ok ack noted got sounds perfect nice cool fine right correct confirmed ").split(" ")));

    private static final Set<String> ORDINAL_WORDS = Set.of("second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "nth", "umpteenth", "eleventh", "twelfth");

    /** Words after which a capitalised word names a place, an organisation or a product, not a person. */
    private static final Set<String> NOT_PERSON_AFTER = Set.of("at", "in", "from", "our", "the", "of", "on", "via",
            "into", "near", "for", "your", "their", "my", "its", "a", "an", "this", "that", "by", "across");

    private Names() {
    }

    static boolean isCommonWord(String norm) {
        String base = stripPossessive(norm);
        return COMMON.contains(base) || CustomerCues.vocabulary().contains(base);
    }

    static boolean isOrdinal(MessageText.Word word) {
        String n = word.norm();
        if (word.kind() == MessageText.Kind.NUMBER) {
            return n.length() > 2 && Character.isDigit(n.charAt(0))
                    && (n.endsWith("st") || n.endsWith("nd") || n.endsWith("rd") || n.endsWith("th"));
        }
        return ORDINAL_WORDS.contains(n);
    }

    /** Whether word {@code i} looks like a person's name or a mention. */
    static boolean isPerson(MessageText t, int i) {
        MessageText.Word w = t.word(i);
        if (w.kind() == MessageText.Kind.MENTION) {
            return true;
        }
        if (w.kind() != MessageText.Kind.WORD || !w.capital() || isCommonWord(w.norm())) {
            return false;
        }
        boolean sameSentence = i > 0 && t.word(i - 1).sentence() == w.sentence();
        return !(sameSentence && NOT_PERSON_AFTER.contains(t.norm(i - 1)));
    }

    /**
     * The people a praise is about, as written: mentions first; else names, preferring those in the
     * sentences that carry the praise. Adjacent capitalised words form one name ("Rahul Mehta").
     */
    static List<String> praised(MessageText t, Set<Integer> praiseSentences) {
        List<String> inPraise = collect(t, praiseSentences, true);
        if (!inPraise.isEmpty()) {
            return inPraise;
        }
        List<String> mentions = collect(t, null, true);
        if (!mentions.isEmpty()) {
            return mentions;
        }
        List<String> names = collect(t, praiseSentences, false);
        return names.isEmpty() ? collect(t, null, false) : names;
    }

    private static List<String> collect(MessageText t, Set<Integer> sentences, boolean mentionsOnly) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            MessageText.Word w = t.word(i);
            boolean wanted = sentences == null || sentences.contains(w.sentence());
            boolean mention = w.kind() == MessageText.Kind.MENTION;
            if (!wanted || (mentionsOnly != mention) || !isPerson(t, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (!mention && end < t.size() && t.word(end).sentence() == w.sentence() && t.word(end).capital()
                    && t.word(end).kind() == MessageText.Kind.WORD && !isCommonWord(t.norm(end))
                    && !t.norm(end - 1).endsWith("'s")) {
                end++;
            }
            String name = stripPossessiveRaw(t.quote(i, end));
            if (!out.contains(name)) {
                out.add(name);
            }
            i = end;
        }
        return out;
    }

    private static String stripPossessive(String norm) {
        return norm.endsWith("'s") ? norm.substring(0, norm.length() - 2) : norm;
    }

    private static String stripPossessiveRaw(String raw) {
        if (raw.endsWith("'s") || raw.endsWith("\u2019s")) {
            return raw.substring(0, raw.length() - 2);
        }
        return raw;
    }
}
