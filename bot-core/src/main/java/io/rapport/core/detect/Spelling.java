package io.rapport.core.detect;

import java.util.HashMap;
import java.util.Map;

/**
 * Chat spellings read as the word they stand for, so the lexicons list each cue once: texting short forms
 * ("pls", "thx", "u"), missing apostrophes ("dont", "cant"), run-together words ("thankyou"), drawn-out
 * letters ("soooo", "pleeease") and British spellings ("behaviour", "recognise").
 */
final class Spelling {

    private static final Map<String, String[]> CANONICAL = new HashMap<>();

    static {
        put("thanks", "thx", "thnx", "thanx", "thnks", "thks", "tnx", "tks", "thankss", "thanq", "tq");
        put("thank you", "thankyou", "thanku", "thnku", "ty", "thank-you");
        put("thank you so much", "tysm");
        put("thank you very much", "tyvm");
        put("thanks in advance", "tia");
        put("please", "pls", "plz", "plse", "pl", "plss", "pleas", "pleae", "plzz");
        put("you", "u", "yu", "yuo");
        put("your", "ur");
        put("you're", "youre", "u're");
        put("are", "r");
        put("i'm", "im");
        put("i've", "ive");
        put("don't", "dont");
        put("doesn't", "doesnt");
        put("didn't", "didnt");
        put("can't", "cant", "cannot");
        put("won't", "wont");
        put("isn't", "isnt");
        put("aren't", "arent");
        put("wasn't", "wasnt");
        put("haven't", "havent");
        put("hasn't", "hasnt");
        put("couldn't", "couldnt");
        put("shouldn't", "shouldnt");
        put("wouldn't", "wouldnt");
        put("that's", "thats");
        put("what's", "whats");
        put("ooo", "ooo");
        put("going to", "gonna");
        put("want to", "wanna");
        put("got to", "gotta");
        put("because", "bc", "cuz", "coz");
        put("great", "gr8");
        put("received", "recieved");
        put("receive", "recieve");
        put("definitely", "definately", "defo");
        put("until", "untill", "til", "till");
        put("knowledgeable", "knowledgable");
        put("especially", "specially");
        put("behavior", "behaviour");
        put("recognize", "recognise");
        put("recognized", "recognised");
        put("apologize", "apologise");
        put("organize", "organise");
        put("organized", "organised");
        put("program", "programme");
        put("favorite", "favourite");
        put("color", "colour");
        put("colors", "colours");
        put("canceled", "cancelled");
        put("okay", "ok", "k", "kk", "okey", "oki");
        put("people", "ppl");
        put("before", "b4");
        put("tomorrow", "tmrw", "tmr", "tomorow", "tommorow");
        put("really", "rly", "realy");
        put("very", "v", "vry");
        put("with", "w");
        put("someone", "some1");
        put("message", "msg");
        put("minutes", "mins");
        put("weird", "wierd");
        put("separate", "seperate");
        put("appreciate", "apreciate", "appriciate", "appreciatee");
        put("appreciated", "apreciated", "appriciated");
        put("frustrating", "frustating");
        put("disappointed", "dissapointed", "disapointed");
        put("unacceptable", "unaccepptable", "unexceptable");
        put("ridiculous", "rediculous");
    }

    private Spelling() {
    }

    private static void put(String canonical, String... variants) {
        String[] words = canonical.split(" ");
        for (String v : variants) {
            CANONICAL.put(v, words);
        }
    }

    private static final String[] EMPTY = new String[0];

    /** The canonical word or words for a lower-case chat word. */
    static String[] canonical(String lower) {
        String[] mapped = CANONICAL.get(lower);
        if (mapped != null) {
            return mapped;
        }
        String squeezed = squeeze(lower);
        if (squeezed != lower) {
            mapped = CANONICAL.get(squeezed);
            return mapped != null ? mapped : new String[] {squeezed};
        }
        return lower.isEmpty() ? EMPTY : new String[] {lower};
    }

    /** Letters drawn out three times or more shrink to one ("sooo" to "so", "pleeease" to "please"). */
    private static String squeeze(String s) {
        int n = s.length();
        boolean run = false;
        for (int i = 2; i < n && !run; i++) {
            run = s.charAt(i) == s.charAt(i - 1) && s.charAt(i) == s.charAt(i - 2) && Character.isLetter(s.charAt(i));
        }
        if (!run) {
            return s;
        }
        return collapseRuns(s);
    }

    private static String collapseRuns(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int j = i;
            while (j < s.length() && s.charAt(j) == c) {
                j++;
            }
            sb.append(c);
            if (j - i == 2) {
                sb.append(c);
            }
            i = j;
        }
        return sb.toString();
    }
}
