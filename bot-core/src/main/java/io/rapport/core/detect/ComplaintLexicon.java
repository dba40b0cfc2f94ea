package io.rapport.core.detect;

import static io.rapport.core.detect.GestureLexicon.put;

import java.util.List;
import java.util.Map;

/**
 * Phrases that signal dissatisfaction and how serious it is. Failures alone are mild and only count outside
 * questions; frustration, repetition, waiting, business impact and SLA breaches make a complaint clear
 * (severity 2); churn, legal and leadership escalation make it severe (severity 3).
 */
final class ComplaintLexicon {

    private ComplaintLexicon() {
    }

    static void addTo(Map<Cue, List<String>> t) {
        put(t, Cue.FRUSTRATION, "frustrat*", "unacceptable", "not acceptable", "ridiculous", "absurd", "fed up",
                "sick of", "tired of", "not happy", "unhappy", "very unhappy", "upset", "angry", "furious", "livid",
                "fuming", "losing patience", "lost patience", "running out of patience", "out of patience",
                "wits end", "wtf", "appalling", "terrible", "awful", "horrible", "worst", "pathetic", "shocking",
                "not good enough", "not okay", "unreliable", "hasn't been reliable", "not reliable",
                "noticeably worse", "got worse", "gotten worse", "getting worse", "gone downhill", "a joke",
                "are you kidding", "what is going on", "what's going on", "oh come on", "no excuse",
                "disgrace*", "enough is enough", "beyond frustrating", "unprofessional", "not impressed",
                "very disappointed", "extremely disappointed", "really disappointed", "deeply disappointed",
                "worse now", "even worse", "made it worse", "made things worse", "it's worse", "getting old",
                "had enough", "beyond a joke", "nightmare", "disaster", "a mess", "embarrassing", "let us down",
                "let down", "lost confidence", "lost trust", "losing faith", "no confidence", "can't trust",
                "very poor", "so poor", "bad experience", "poor experience", "poor service", "terrible service",
                "really bad", "so bad", "completely unacceptable");
        put(t, Cue.ANNOYANCE, "disappoint*", "annoy*", "irritat*", "sigh", "ugh", "not great", "a pain",
                "bit of a pain", "hassle", "inconvenient", "nobody told", "no one told", "without telling",
                "without warning", "without notice", "spent the morning", "spent the day", "spent the afternoon",
                "spent hours", "wasted", "waste of", "cost us", "costing us", "lost a day", "lost half",
                "got to be honest", "have to be honest", ":rage:", ":triumph:", ":unamused:", ":-1:", "not ideal", "poor", "sloppy", "careless", "meh");
        put(t, Cue.FAILURE, "broke", "broken", "breaks", "breaking", "doesn't work", "don't work",
                "doesn't seem to work", "not working", "isn't working", "aren't working", "stopped working",
                "won't load", "won't work", "won't open", "won't sync", "fails", "failing", "failed", "failure*",
                "error", "errors", "bug", "bugs", "buggy", "crash*", "is down", "are down", "went down",
                "down again", "outage*", "offline", "wrong", "incorrect", "duplicat*", "drops", "dropping",
                "dropped", "timeout", "timed out", "time out", "logs me out", "logs us out", "logged out",
                "kicked out", "stale", "corrupt*", "glitch*", "not loading", "isn't fixed", "not fixed",
                "isn't resolved", "not resolved", "still not", "still no", "flaky", "unusable",
                "lost our", "lost all", "missing data", "data loss", "security incident",
                "breach", "leak*", "died", "dies", "hangs", "freezes", "frozen", "not syncing", "won't connect",
                "can't connect", "can't log in", "not sending", "not receiving", "isn't an update", "no update", "not an update", "changes nothing",
                "doesn't change", "nothing has changed", "no fix");
        put(t, Cue.REPEAT, "again", "still", "same bug", "same issue", "same problem", "same error",
                "every day", "every night", "every morning", "every week", "every time", "each time", "since your",
                "since the upgrade", "since the update", "since the release", "since the migration",
                "for days", "for weeks", "all morning", "all day", "all week", "every #");
        put(t, Cue.REPEAT_COUNT, "#ord time", "#ord reminder", "#ord email", "#ord follow", "#ord ticket",
                "#ord invoice", "#ord outage", "#ord incident", "#ord request", "#ord attempt", "#ord week",
                "#ord month", "#ord day", "#ord night", "#ord call", "#ord message", "every single time",
                "every single day", "in a row", "how many times", "how many more", "yet again", "once again",
                "keep* happen*", "keep* fail*", "keep* break*", "keep* crash*", "keep* dying", "keep* going down",
                "this keeps", "it keeps",
                "keep rejecting", "keeps rejecting", "keep asking", "keep chasing", "repeatedly", "constantly",
                "multiple times", "several times", "many times", "countless times", "# times", "times now",
                "raising the same", "same issue again", "over and over", "time and again", "no longer");
        put(t, Cue.WAITING, "waiting since", "been waiting", "still waiting", "waiting for hours",
                "waiting for days", "waiting for a response", "waiting for a reply", "waiting on you",
                "no reply", "no replies", "no response", "no answer", "zero replies", "zero response",
                "zero responses", "nobody is answering", "nobody answering", "nobody is responding",
                "nobody responding", "no one is answering", "no one answering", "no one is responding", "chase",
                "chasing", "hours for a response", "days for a response", "hours for a reply", "days for a reply",
                "# hours for", "# days for", "ignored", "ghosted", "haven't heard back", "hasn't heard back",
                "not heard back", "heard nothing", "no one got back", "nobody got back", "open # days",
                "still nothing", "nothing yet", "still no word", "no word", "no news", "radio silence",
                "nobody has", "no one has", "haven't heard", "no call back", "no callback", "been chasing",
                "days later", "weeks later",
                "open for # days", "open # weeks", "takes days", "took days");
        put(t, Cue.IMPACT, "stuck", "blocked", "blocking", "can't run", "can't ship", "can't process",
                "can't work", "can't invoice", "can't operate", "can't bill", "can't pay", "can't log",
                "can't access", "unable to", "offline for", "down for", "took our", "our customers",
                "our clients", "losing money", "lost revenue", "revenue", "making decisions", "late payment", "penalt*", "production is down", "prod is down", "critical",
                "very urgent", "urgent", "business hours", "business impact", "patient data", "patient safety",
                "customer data", "personal data", "phi", "pii", "payroll", "whole team", "the entire", "missed", "losing orders",
                "losing customers", "losing business", "lost orders", "lost sales", "customers are calling",
                "customers are complaining", "can't use", "grinding to a halt", "standstill", "down for hours");
        put(t, Cue.SLA, "sla", "uptime", "p1", "sev1", "sev 1", "priority 1", "response time", "in our contract",
                "per our contract", "per the contract", "service credit*", "credits", "refund", "compensation",
                "contracted");
        put(t, Cue.SLA_BREACH, "sla breach", "breach of", "breached", "outside the", "outside our sla",
                "outside the sla", "missed the sla", "missed our sla", "violat*", "well outside", "not meeting");
        put(t, Cue.VALUE, "paying _ prices", "paying for", "what we pay", "what we're paying", "not worth",
                "the price we pay", "at this price", "for this price");
        put(t, Cue.BROKEN_PROMISE, "we were promised", "were promised", "you promised", "on the promise of",
                "you said", "you told us", "was supposed to", "were supposed to", "supposed to be",
                "still hasn't", "still haven't", "never arrived", "never happened",
                "promised a", "promised us", "promised to", "promised that", "promised it");
        put(t, Cue.SARCASM, "oh great", "oh good", "oh wonderful", "just great", "just perfect", "love that for",
                "just what we needed", "just what i needed", "great another", "perfect another", "awesome another",
                "love it when", "cool cool", "wow", "of course it", "surprise surprise", "what a surprise",
                "shocker", "as always", "as usual", "thanks for nothing", "for actually", "great job again",
                ":upside_down:", "fantastic .. again", "brilliant .. again", "perfect .. again", "great .. again");
        put(t, Cue.CHURN, "not renew", "not to renew", "won't renew", "won't be renewing", "not be renewing",
                "not renewing", "non renewal", "cancel our", "cancel the contract",
                "cancel the subscription", "cancelling our", "terminate", "termination", "switch vendor*",
                "switch provider*", "switching vendor*", "switching provider*", "switch to another",
                "evaluat* alternatives", "look* at alternatives", "explor* alternatives", "consider* alternatives",
                "alternative vendor*", "alternative provider*", "review* our options", "weigh* our options",
                "explor* our options", "consider* our options", "explor* other options", "look elsewhere", "looking elsewhere",
                "other vendors", "other providers", "another provider", "another vendor", "other solutions",
                "other platforms", "look* at other", "shop* around", "take our business", "taking our business",
                "end our contract", "ending our contract", "to a competitor", "with a competitor", "move away from", "moving away from", "leave you", "leaving you", "churn",
                "hard sell", "hard to justify", "hard to argue for", "why we're still paying", "why we are still paying",
                "why we're paying", "still paying for this", "reconsider* our", "reconsidering the", "review* every vendor", "review* all vendor*", "review* our vendor*",
                "vendor review", "walk away", "pull the plug", "competitor instead");
        put(t, Cue.CHURN_HINT, "renewal", "procurement", "the contract", "our contract", "next year", "budget");
        put(t, Cue.ESCALATE, "escalat*", "take this to", "take it to", "taking this to", "raise this with",
                "raise it with", "raising this with", "go to your", "going over your head", "over your head",
                "call with your", "involve our", "involving our", "bring in our");
        put(t, Cue.LEADER, "ceo", "cto", "cio", "ciso", "cfo", "coo", "vp", "svp", "evp", "vice president",
                "head of", "leadership", "board", "executive*", "exec", "management", "managing director",
                "director", "c suite", "founder");
        put(t, Cue.LEGAL, "legal action", "lawyer*", "attorney*", "solicitor*", "our legal", "legal team",
                "legal department", "dpo", "data protection officer", "regulator", "ombudsman", "formal complaint",
                "formal incident", "formally", "formal", "lawsuit", "sue", "gdpr complaint", "in breach of");
        put(t, Cue.THREAT, "no choice but", "have no choice", "we'll have to", "we will have to", "i'll have to",
                "will be forced", "last chance", "final warning", "or else", "otherwise we");
        put(t, Cue.SOFTENER, "a bit", "a little", "slightly", "somewhat", "minor", "small thing",
                "not a big deal", "no big deal", "just a heads up");
        put(t, Cue.NOT_COMPLAINT, "not a complaint", "not complaining", "no complaint*", "not an issue",
                "no rush", "no worries", "no problem", "not urgent");
    }
}
