package io.rapport.core.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Phrases for gratitude, praise, referrals, gifts, feedback, questions and requests, in the notation of
 * {@link PhraseIndex}. Words are in canonical spelling ({@link Spelling}: "ok" is "okay", "pls" is "please").
 */
final class GestureLexicon {

    private GestureLexicon() {
    }

    static void addTo(Map<Cue, List<String>> t) {
        gratitude(t);
        praise(t);
        referral(t);
        gift(t);
        feedback(t);
        asks(t);
    }

    static void put(Map<Cue, List<String>> t, Cue cue, String... phrases) {
        t.computeIfAbsent(cue, k -> new ArrayList<>()).addAll(List.of(phrases));
    }

    private static void gratitude(Map<Cue, List<String>> t) {
        put(t, Cue.THANKS, "thanks", "thank you", "thank", "thanking", "cheers", "danke", "merci", "gracias",
                "obrigado", "arigato", "shukriya", "dhanyavad", "dhanyavaad", "mahalo", "grazie");
        // Gratitude that names what it is for, or that is more than a sign-off.
        put(t, Cue.THANKS_FOR, "thanks .. for", "thank you .. for", "thank _ for", "cheers for", "cheers .. for",
                "many thanks", "big thanks", "huge thanks", "massive thanks", "special thanks", "thanks a lot",
                "thanks a ton", "thanks a bunch", "thanks a million", "thanks heaps", "thanks so much",
                "thank you so much", "thank you very much", "thanks again", "thank you again", "much appreciated",
                "appreciate it", "appreciate you", "appreciate the", "appreciate your", "appreciate this",
                "appreciate that", "appreciate all", "appreciated", "really appreciate", "grateful", "gratitude",
                "thankful", "lifesaver", "life saver", "saved us", "saved our", "saved my", "you saved",
                ":pray:", ":bow:", "danke for", "merci for", "thanks to you", "thanks to your");
        put(t, Cue.THANKS_IN_ADVANCE, "thanks in advance", "thank you in advance", "thanks .. in advance",
                "thanks in anticipation", "thanks ahead of time", "advance thanks");
        put(t, Cue.THANKS_FOR_NOTHING, "thanks for nothing", "thanks .. for nothing", "thank you for nothing",
                "thanks for .. nothing", "thanks for actually", "thanks in advance for actually");
        put(t, Cue.DECLINE, "no thanks", "no thank you", "thanks but no thanks", "no need", "not needed",
                "don't need it", "don't need this", "don't need that", "no longer need", "won't need", "won't be needing",
                "not necessary", "we're fine", "we're good", "we are fine", "all good here", "we're all set");
    }

    private static void praise(Map<Cue, List<String>> t) {
        // Said of a person, and enough on its own.
        put(t, Cue.PRAISE_TITLE, "rockstar", "rock star", "superstar", "a/absolute/total/real/true/such/the/complete star",
                ":star:", "legend", "legendary", "a hero", "our hero", "goat", "mvp", "a gem",
                "a champ", "champion", "a wizard", "a genius", "kudos", "props to", "props", "shoutout",
                "shout out", "hats off", "credit to", "big up", "big ups", "well done", "great job",
                "good job", "nice job", "amazing job", "fantastic job", "great work", "nice work", "amazing work",
                "excellent work", "fantastic work", "stellar work", "brilliant work", "way to go", "bravo",
                "nailed", "nails it", "crushed it", "killed it", "smashed it", "out of the park", "above and beyond",
                "out of his way", "out of her way", "out of their way", "out of your way", "the extra mile",
                "deserves a", "deserves an", "deserves the", "deserves all", "deserves recognition",
                "pleasure to work with", "joy to work with", "a delight", "recognize", "recognized",
                "highlight of", "what keeps us", "keeps us with you", "keeps us loyal", "reason we renewed", "reason we stay",
                "why we renewed", "why we stay", "classy", ":clap:", "best csm", "best account manager",
                "best support", "best engineer", "best rep", "best person", "the best part",
                "you're the best", "you are the best", "is the best", "was the best", "are the best",
                "one of a kind", "couldn't ask for", "could not ask for", "like a pro", "a real pro", "real pro",
                "such a pro", "a class act");
        // Only ever said of people.
        put(t, Cue.PRAISE_PERSONAL, "patient", "helpful", "knowledgeable", "thorough", "responsive", "proactive",
                "friendly", "kind and", "calm", "on the ball", "on top of it", "on top of everything", "genuinely cares",
                "really cares", "so patient", "really well", "so well", "incredibly well", "went out of",
                "step* ahead");
        // Said of people or of products: praise only with a person as the subject.
        put(t, Cue.PRAISE_GENERAL, "brilliant", "fantastic", "amazing", "awesome", "excellent", "outstanding",
                "superb", "incredible", "phenomenal", "exceptional", "wonderful", "great", "the best", "stellar",
                "a pleasure", "impressive");
        put(t, Cue.PASS_ON, "pass .. thanks", "pass on our", "pass on my", "pass along", "pass this on",
                "tell Name", "let Name know", "tell his", "tell her", "tell their", "let his", "let her",
                "forward this to", "pass this to", "pass it to", "let your manager", "tell your manager",
                "mention him", "mentioned him", "mention her", "mentioned her");
        put(t, Cue.PERSON_REF, "you're", "you are", "you guys", "you all", "y'all", "your team", "your support",
                "support team", "the team", "your engineer", "your engineers", "your csm", "your people",
                "the people", "your folks", "the folks", "the crew", "your crew", "whoever", "your staff",
                "your rep", "your consultant", "your trainer", "he", "she", "he's", "she's", "his", "her",
                "@", "your account manager", "your developer", "your developers", "implementation team", "team",
                "crew", "folks", "staff", "engineers", "engineer", "consultant", "consultants", "trainer", "rep",
                "reps", "agent", "agents", "developers", "people", "guys");
    }

    private static void referral(Map<Cue, List<String>> t) {
        put(t, Cue.REFERRAL, "referral", "referred", "referring", "refer you", "refer them", "recommend* you",
                "recommend* your", "recommended you", "introduce you", "introducing", "introduce Name",
                "an intro", "intro to", "introduction to", "connect you", "connecting you", "connect .. with you",
                "put you in touch", "put you two", "get you in touch", "in touch with you",
                "pass*/shar*/gave/give*/sent/forward* your name/details/contact*/number/email/info",
                "put your name", "your name forward", "passed on your", "give your _ email",
                "give your _ contact", "give your _ number", "case study", "be a reference",
                "as a reference", "a reference for", "reference call", "reference customer", "reference site",
                "testimonial", "peer review", "review on", "list us", "use our logo", "our logo",
                "tell our story", "share our story", "joint webinar", "joint blog", "joint case", "joint press",
                "joint talk", "joint session", "joint article", "joint presentation", "blog post about", "guest post", "co present", "co host",
                "send people your way", "send folks your way", "send them your way", "send business your way",
                "send customers your way", "spread the word", "word of mouth", "mention your platform",
                "mention your product", "mention your company", "mention you", "mentioned you", "mention* your name", "told ... about you",
                "tell ... about you", "telling ... about you", "talking you up", "spoke highly of you",
                "gave/give*/pass*/sen*/forward*/shar* him/her/them your", "feature you", "feature your", "showcase you",
                "press release", "launch customer", "launch partner", "a panel", "speak at your",
                "speaker at your", "at your conference", "at your event", "write a review", "leave a review",
                "leave you a review", "g2", "capterra", "trustpilot", "your website as", "on your website");
        put(t, Cue.REFERRAL_OFFER, "i'm your guy", "i'm your girl", "i'm your person", "put me down",
                "use me as", "happy to talk to", "happy to speak to", "happy to speak with", "happy to chat with",
                "happy to vouch", "vouch for you", "your sales team", "your sales folks", "your sales reps",
                "your marketing team");
        put(t, Cue.PROSPECT, "might be interested", "may be interested", "would be interested",
                "could be interested", "are interested", "is interested", "interested in your",
                "they're interested", "he's interested", "she's interested", "interested in a demo", "looking for exactly",
                "looking for something like", "looking for a solution", "looking for a vendor", "looking for a tool",
                "want* what we", "want* .. the same", "something similar", "wants a demo", "want a demo", "demo of",
                "fed up with their", "unhappy with their", "frustrated with their", "not happy with their",
                "struggling with their", "outgrown their", "replacing their", "their current",
                "who should they", "who can they", "who they should", "asked who we use", "asked what we use",
                "asked for a recommendation", "for the demo", "they need", "he needs", "she needs");
        put(t, Cue.INTRO, "looping in", "loop in", "adding @", "adding Name", "meet @", "meet Name", "cc'd",
                "cc'ing", "cc ing", "copying in", "introducing");
        put(t, Cue.THIRD_PARTY, "a friend", "my friend", "old boss", "former colleague", "ex colleague", "sister",
                "a peer", "of mine", "affiliate", "another team", "our other",
                "sister company", "parent company", "our group", "group company", "another agency",
                "other agencies", "a partner", "our partner", "my contact", "a contact", "a peer", "our entity",
                "entity", "subsidiary", "the folks at", "the team at", "a company");
        put(t, Cue.HANDOFF, "point of contact", "will be handling", "be handling", "handling billing",
                "going forward", "from now on", "will cover", "will be covering", "covering for", "taking over",
                "take over", "takes over", "in charge of", "new contact", "main contact", "your contact for",
                "replacing");
        put(t, Cue.REFERRAL_PROGRAM, "referral program", "referral scheme", "partner program",
                "affiliate program", "referral bonus", "referral fee");
    }

    private static void gift(Map<Cue, List<String>> t) {
        put(t, Cue.GIFT_ITEM, "swag", "hoodie*", "shirt*", "tshirt*", "tees", "mugs", "stickers",
                "notebook*", "socks", "chocolate*", "cookie*", "brownie*", "cake*", "cupcake*", "sweets", "mithai",
                "pizza*", "lunch", "dinner", "breakfast", "donut*", "doughnut*", "coffee", "cold brew", "wine",
                "champagne", "prosecco", "hamper*", "basket", "flowers", "gift*", "voucher*", "a present",
                "goodies", "care package", "treats", "a card", "snacks", "bagels", "a little something",
                "token of", "tickets", "passes", "box of", "bottle of", ":gift:", "baked", "merch", "crate of",
                "case of", "bag of", "tin of", "basket of", "cider", "beer", "whisky", "gin", "tea", "cheese",
                "fruit", "plants", "treat");
        put(t, Cue.GIFT_GIVE, "on us", "our treat", "my treat", "as a thank", "as a token",
                "sending you", "sending your", "sending over", "sending some", "sending a", "sent over", "sent you",
                "we've sent", "we sent", "we're sending", "we are sending", "shipping you", "shipping your",
                "posted a", "posted _ to your", "dropping off", "drop off", "dropping by", "ordered _ to your",
                "to your office", "to your team", "for your team", "for the team", "send your", "send you",
                "please accept", "accept this", "a small token", "as thanks", "as a thanks", "by way of thanks",
                "is coming your way", "on its way to you", "bringing", "keep an eye out", "our way of saying",
                "courier*", "enjoy");
        put(t, Cue.GIFT_INVITE, "invite you", "invite your", "invite the", "inviting you", "inviting your",
                "invite for you", "invitation", "you're invited", "you're all invited", "you are invited",
                "you are all invited", "join us for", "join us at", "as our guest", "as our guests",
                "would love for", "would love to have you", "complimentary", "spare ticket*", "come along",
                "be our guest", "hosting");
        put(t, Cue.GIFT_EVENT, "party", "dinner", "summit", "conference", "bbq", "barbecue", "launch",
                "celebration", "gala", "event", "happy hour", "drinks", "tour", "festival", "meetup", "reception",
                "picnic", "showcase", "open day", "open house");
        put(t, Cue.GREETING, "happy holidays", "merry christmas", "merry xmas", "happy new year",
                "prosperous new year", "season's greetings", "seasons greetings", "happy diwali",
                "happy deepavali", "happy eid", "eid mubarak", "happy hanukkah", "happy chanukah",
                "happy thanksgiving", "happy holi", "happy pongal", "happy onam", "happy easter",
                "happy lunar new year", "happy chinese new year", "ramadan kareem", "ramadan mubarak",
                "happy navratri", "happy dussehra", "happy passover", "happy kwanzaa", "shana tova",
                "feliz navidad", "frohe weihnachten", "joyeux noel", "festive greetings", "festive season",
                "best wishes for the", "warm wishes", "happy festive");
        put(t, Cue.RESOURCE, "might find this", "might find it", "may find this", "may find it",
                "would find this", "find this useful", "find this helpful", "find it handy", "find it useful",
                "thought of you", "thought of your", "thought you might", "thought you'd", "you might like this", "you might enjoy", "you'd enjoy",
                "thought your team might", "would enjoy this", "would like this", "would love this",
                "figured you", "figured your", "in case it helps", "in case it's useful", "passing this along",
                "passing this on",
                "thought your _ might", "might be useful", "might be helpful",
                "worth a read", "good read", "just sharing", "sharing this", "feel free to share",
                "feel free to reuse", "feel free to use", "feel free to forward", "for your team's benefit",
                "your other customers");
    }

    private static void feedback(Map<Cue, List<String>> t) {
        put(t, Cue.FEEDBACK_FRAME, "suggestion", "feedback", "fwiw", "for what it's worth", "my two cents",
                "two cents", "observation", "honest feedback", "food for thought", "wish list", "wishlist",
                "from a _ point of view", "overall", "survey", "nps", "rating", "rate the", "rate it",
                "rate you", "rate us", "rate this", "rate our", "rated", "we'd give you", "i'd give you",
                "would give you", "idea", "one idea", "a thought", "one thought", "proposal",
                "my recommendation", "our recommendation", "nice to have", "would save us", "would make our");
        put(t, Cue.SUGGESTION, "would be nice", "would be great if", "would love to see", "would love it if",
                "it'd be nice", "would be a game changer", "would be a big help", "would benefit from",
                "could use", "could be trimmed", "could be improved", "could be better", "could be clearer",
                "could be simpler", "could be faster", "room for improvement", "i wish", "we wish",
                "should be", "would help if", "it would help", "would've been", "would have been",
                "only thing missing", "the only thing", "the only gripe", "held back");
        put(t, Cue.POSITIVE, "love the", "love it", "loving the", "love how", "love that", "i like",
                "we like", "really like", "works great", "works well", "work great", "great", "excellent",
                "useful", "handy", "intuitive", "smooth", "solid", "clear", "clearer", "clean", "faster",
                "quicker", "easier", "easy to", "improvement", "improved", "much better", "way better",
                "a lot better", "one of the better", "one of the best", "well planned", "professional",
                "impressed", "impressive", "slick", "polished", "reliable", "nice", "is good", "are good",
                "was good", "brilliant", "fantastic", "amazing", "awesome", ":fire:", ":ok_hand:",
                ":heart:", "happy with", "pleased with", "game changer", "is fast", "are fast",
                "well done", "love", "seamless", "step up", "big step", "well organized", "well run",
                "well executed", "on schedule", "decent", "a fan of", "big fan", "huge fan", "delighted",
                "thrilled", "like a charm", "top notch", "first class", "best in class", "spot on", "rock solid",
                "joy to use", "user friendly", "straightforward", "efficient", "powerful", "valuable", "robust",
                "stable", "accurate", "elegant", "beautiful", "snappy", "a big help", "helps a lot", "time saver",
                "much improved", "really good", "very good", "so good", "pretty good", "works perfectly",
                "works nicely", "flawless*", "impressed", "actionable");
        put(t, Cue.NEGATIVE, "clunky", "confusing", "confused", "behind", "too _", "too long", "too slow", "too short",
                "too small", "too similar", "too busy", "too complex", "too many", "too much", "hard to",
                "harder", "difficult", "slow", "slower", "hit and miss", "hit or miss", "useless", "weak",
                "gaps", "missing", "lacks", "lacking", "less so", "not so much", "struggle*", "cluttered",
                "outdated", "a bit long", "not intuitive", "unintuitive", "worse", "inconsistent",
                "not great", "meh", "drawback", "downside", "could use", "would be nice", "clumsy", "tedious",
                "painful", "not ideal", "held back", "not a fan", "limited", "more clicks", "too many clicks",
                "cumbersome", "awkward", "hard to use", "not user friendly", "needs work", "needs improvement",
                "could do better", "underwhelming", "disjointed", "overwhelming", "counterintuitive", "laggy",
                "sluggish", "fiddly", "messy", "unclear", "complicated", "convoluted", "not as good",
                "falls short", "fall short", "expected more", "mediocre", "so so");
        put(t, Cue.ACK, "sounds good", "sounds great", "sounds perfect", "perfect thanks", "good morning",
                "good to know", "good afternoon", "good evening", "great news");
    }

    private static void asks(Map<Cue, List<String>> t) {
        put(t, Cue.ASK_INFO, "wondering if", "wondering whether", "i wonder", "quick q", "quick question",
                "a question", "any idea", "anyone know", "does anyone know", "do you know",
                "is there a way", "is there any way", "how do i", "how do we", "how can i", "how can we",
                "please guide", "please advise", "kindly advise", "kindly guide", "can you confirm",
                "could you confirm", "can you tell", "could you tell", "can you explain", "could you explain",
                "can you clarify", "could you clarify", "can you advise", "could you advise", "please confirm",
                "let me know if", "let me know whether", "let us know if", "curious if", "curious whether",
                "just curious", "not sure if", "not sure whether", "just checking", "is it normal",
                "is it expected", "can you check whether", "could you check whether", "can you check if",
                "could you check if");
        put(t, Cue.REQUEST_MODAL, "can you", "could you", "would you", "will you", "can someone",
                "could someone", "can somebody", "could somebody", "can anyone", "could anyone",
                "would you be able", "are you able to", "can we get", "could we get", "can we have",
                "could we have", "can i get", "could i get", "can i have", "could i have", "would it be possible",
                "is it possible to get", "is it possible to have", "any chance you", "any chance we",
                "any chance of", "do you mind", "would you mind", "mind sharing", "mind sending", "mind adding",
                "mind checking", "mind updating", "mind moving", "mind looking", "mind resending",
                "possible to get", "possible to have", "can your team", "could your team", "can u");
        put(t, Cue.REQUEST_WANT, "i'd like to", "we'd like to", "i would like", "we would like", "i'd like a",
                "we'd like a", "we want to", "i want to", "we need", "i need", "need the", "need a", "need an",
                "need to get", "need our", "need this", "need it", "need access", "need help", "need someone",
                "need you to", "we require", "requesting", "request you",
                "i request", "we request", "looking to get", "we'd need");
        put(t, Cue.REQUEST_PLEASE, "please", "kindly");
        put(t, Cue.REQUEST_FEATURE, "feature request", "could the", "would the", "can the _ include",
                "can it include", "could it include", "allow us to", "let us export", "let us");
    }
}
