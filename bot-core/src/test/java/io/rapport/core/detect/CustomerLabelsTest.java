package io.rapport.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.rapport.core.model.TouchKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every customer label on messages written for these tests, in several registers, with its touch kind. */
class CustomerLabelsTest {

    private final GestureDetector detector = new RuleBasedGestureDetector();

    private void expect(String label, TouchKind kind, String text) {
        Detection d = detector.classify(text);
        assertEquals(label, d.label(), () -> "for: " + text + "  [" + d.evidence() + "]");
        assertEquals(kind, d.kind());
        if (!label.equals("neutral")) {
            assertFalse(d.evidence().isBlank(), "a " + label + " says why");
        }
    }


    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Thanks so much for turning that around before the weekend!",
        "thank u!! works now",
        "Cheers mate, that's sorted it",
        "Much appreciated, the export is back to normal.",
        ":pray: :pray:",
        "thx a lot for staying on the call after hours",
        "We're really grateful for how quickly your team reacted yesterday.",
        "Thank you for the walkthrough this morning, the whole finance team followed along.",
        "ty for the quick fix",
        "Many thanks for the updated SOW.",
        "Appreciate you jumping in on a Saturday.",
        "Thanks for the reminder about the certificate, renewed it just now.",
        "thankyou for resolving my query madam",
        "🙏 you saved our launch",
        "ok thanks, will check tomorrow",
        "Thnx team, really helped us out today",
        "Big thank you to everyone who worked on the hotfix",
        "Thanks heaps for sorting the DNS records, all green now ✅",
        "thank you very much for your prompt response sir",
        "Appreciate the heads-up on the API deprecation.",
        "Grazie for the fast turnaround!",
        "Just a quick thanks for the patience on yesterday's call.",
        "Thanks again, you've been a huge help.",
        "Thank you for fitting us in at such short notice.",
        "tysm for the help with the import!!",
        "Cheers for the update, good to know.",
        "Really grateful for the extra hours your team put in.",
        "thanks for explaining the billing change so clearly",
        "Thank you <at>Marco Rossi</at> for the quick callback.",
        "Got it, thanks.",
        "Thanks for squeezing us in today, made a real difference.",
        "appreciate the swift response!",
        "Thank you! That was exactly what we needed.",
        "many thx for the clarification on the pricing tiers",
        "Thanks a bunch for the detailed notes from the workshop.",
        "Noted, thanks for letting me know.",
    })
    void gratitude_is_thanks(String text) {
        expect("thanks", TouchKind.THANKS, text);
    }


    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<@U0ABC123> is an absolute legend, fixed it in minutes",
        "Huge shoutout to Fatima for the migration work, she was incredible.",
        "Please tell Omar's manager he did a fantastic job on the rollout.",
        "<at>Lucy Chen</at> went above and beyond for us this week.",
        "Your support folks are the best we've worked with, honestly.",
        "Can you pass on our thanks to Diego? He was super patient with our team.",
        "Kudos to everyone on the support desk, brilliant work over the holidays.",
        "Sofia is a gem. Incredibly knowledgeable and always responsive.",
        "Ravi nailed the training session, our agents loved it.",
        "hats off to the on-call engineer last night, real pro",
        "Anil has been an absolute star throughout the audit.",
        "Honestly Joanna is the reason this project landed. Please let her boss know.",
        "the support person I spoke to today, Kwame, was so helpful and friendly",
        "<@U0AAA111> you're a wizard, thank you!",
        "Your CSM Elena is outstanding, best account management we've had.",
        "shout out to the night shift support team, you guys rock",
        "Marco was brilliant during the incident, calm and clear the whole way through.",
        "Please pass my thanks to Aiko, she went the extra mile on the data cleanup.",
        "Whoever wrote the migration guide deserves a medal.",
        "<@U0KIM> you are the best, seriously",
        "The onboarding team were fantastic, especially Ben.",
        "I want to recognise Leila for her patience with our finance folks.",
        "Kofi handled our escalation like a pro, really impressive.",
        "Tell Mei she is amazing, the dashboards she built are spot on.",
        "I just want to say your team has been phenomenal during this migration.",
        "Big kudos to <@U0RAJ77> for the weekend support.",
        "Lars is hands down the most helpful person we've dealt with at any vendor.",
    })
    void praise_of_people_is_praise(String text) {
        expect("praise", TouchKind.PRAISE, text);
    }


    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "I've referred two of our sister hospitals to you, expect to hear from them.",
        "Happy to act as a reference if you need one for the healthcare sector.",
        "Let me introduce you to Mark, our COO's counterpart at Ridgeway Logistics, they are looking for a tool like yours.",
        "Would you be interested in a case study about our rollout?",
        "A former colleague of mine runs ops at a fintech and might be interested, can I connect you two?",
        "We'd be happy to provide a testimonial for your website.",
        "I passed your details to a friend at another agency who needs exactly this.",
        "cc'ing <@U0XYZ999> from our Austin subsidiary, they're interested in a demo as well",
        "We told our partners at Beacon Health about you, they'll reach out next week.",
        "Our CFO wants to feature you in our annual report as a key partner, is that ok?",
        "Would you like us to speak on a panel at your conference about our results?",
        "My brother-in-law runs a courier firm and is fed up with their current software, mind if I give him your number?",
        "We'd love to be a launch customer in your press release.",
        "We mentioned you to a couple of clinics in our network, hope that's ok.",
        "Happy to jump on a reference call with any of your prospects.",
        "Can I introduce you to the head of IT at our parent company? They're reviewing vendors.",
        "My old manager at Northgate is looking for something like this, shall I put you in touch?",
        "We'd like to do a joint blog post about our results, would your marketing team be up for it?",
        "Our sister brand in Lyon wants the same platform, could you reach out to them?",
        "I'd be glad to recommend you to other hospitals in the trust.",
        "Sure, feel free to use our logo on your customers page.",
        "A peer of mine at Delta Freight is shopping for a new TMS, I gave her your email.",
    })
    void introductions_and_references_are_referrals(String text) {
        expect("referral", TouchKind.REFERRAL, text);
    }


    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "We've sent a hamper to your office as a small thank-you.",
        "Happy Diwali to the whole support team! 🪔",
        "Eid Mubarak from all of us!",
        "We'd love to have your team as our guests at our summer party on the 14th.",
        "Dropping off some donuts for your support crew tomorrow morning 🍩",
        "Found this guide on HL7 interfaces, thought your team might find it useful: <https://example.com/guide>",
        "Season's greetings and best wishes for the new year from the Acme team",
        "We have a couple of complimentary passes to our user conference next month, would your team like them?",
        "Sending your team some branded mugs and stickers, what's the best address?",
        "Merry Xmas everyone 🎄 hope you all get some rest!",
        "We baked cookies for your team, they'll arrive Monday!",
        "Please accept a small gift card as thanks for all the late nights.",
        "You're invited to our 10th anniversary celebration on June 3rd.",
        "Happy Lunar New Year to you and your families!",
        "Sharing our internal runbook in case it helps your other customers: <https://example.com/runbook|runbook>",
        "A little something for the team is on its way to your office 🎁",
        "Wishing you all a happy Thanksgiving!",
        "We'd like to invite your support team to our annual customer dinner in Manchester.",
        "Thought you'd appreciate this article on SOC 2 automation: <https://example.com/soc2|article>",
        "We're sending over some chocolates to say thanks for the launch.",
        "Happy Hanukkah from everyone at Brightwater!",
        "We've couriered a crate of local cider to your office, enjoy!",
        "Would your team like to join us at our winter party? It's on the 12th, drinks are on us.",
        "Here's a handy checklist we put together, your other clients may find it useful too.",
    })
    void presents_invitations_greetings_and_resources_are_gifts(String text) {
        expect("gift", TouchKind.GIFT, text);
    }


    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Small suggestion: it would be nice if the report could be scheduled weekly.",
        "Honestly the search is slow and the filters are confusing.",
        "Overall we'd rate the platform 9/10.",
        "The mobile app is fast but the settings page is hard to find.",
        "fwiw the onboarding emails feel a bit too frequent",
        "Love the new calendar view!",
        "I think the dashboard would benefit from a dark theme.",
        "The integration works well, although the docs could use more examples.",
        "Survey results are in: 3/5 from our ops team, mostly due to the reporting gaps.",
        "The new reporting module is a big step up from the old one.",
        "The UI is clean but loading times are too slow on older laptops.",
        "NPS from our team this quarter: 8/10.",
        "Idea: a keyboard shortcut to jump between tickets would save us a lot of time.",
        "The onboarding was seamless, well organised and on schedule.",
        "Not a fan of the new navigation, it takes more clicks to get anywhere.",
        "The analytics are decent but the export options are limited.",
        "The new permissions screen is much easier to use.",
        "Reporting is powerful but the learning curve is steep.",
        "Honestly the mobile app feels clunky compared to the web version.",
        "Suggestion: add a search box to the settings page.",
        "We'd rate support 10/10 this quarter.",
        "The weekly summary email is really useful.",
        "The API is rock solid, zero issues in six months.",
        "Editing workflows is a bit fiddly, would be nice to have drag and drop.",
        "Feedback: invoices look great but the PDF is huge.",
        "The team calendar is a great addition to the product.",
        "We find the alerts too noisy, most of them aren't actionable.",
    })
    void evaluations_and_suggestions_are_feedback(String text) {
        expect("feedback", TouchKind.FEEDBACK, text);
    }


    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "This is the third outage this month. We can't keep operating like this.",
        "still waiting on a reply from yesterday, this is really frustrating",
        "Thanks, but the sync is still failing for half our stores.",
        "We're seriously considering alternatives if this isn't fixed by Friday.",
        "I will be escalating this to our CEO if I don't hear back today.",
        "the login page is broken again 😤",
        "Our legal team will be in touch about the data breach.",
        "WE HAVE BEEN DOWN FOR THREE HOURS AND NOBODY HAS CALLED US BACK",
        "Great, another failed deploy. Just what we needed.",
        "Not impressed with the response time on this ticket, it's been two days.",
        "I'm disappointed the invoice is wrong again.",
        "Frankly we're not getting value for what we're paying.",
        "We'll be cancelling our subscription at the end of the term.",
        "The reports have been wrong for a week and our clients are noticing.",
        "ugh, the export timed out again",
        "This keeps happening and it's getting old. Third time this week the sync has died.",
        "We've been chasing this for two weeks. Unacceptable.",
        "thanks for the \"fix\" — it's worse now",
        "If this happens again we will have to look at other providers.",
        "You guys promised a fix last Friday. Still nothing.",
        "I've raised this with our Managing Director and she wants a call with your leadership.",
        "Our customers are calling us because your portal is showing wrong balances.",
        "Honestly I'm quite annoyed that nobody told us about the price change.",
        "Why is this STILL not fixed??",
        "we're losing orders every hour this is down",
        "Disappointing to see the same bug in the new release.",
        "😠",
        "This is the second time this week the portal has gone down during business hours.",
        "We've had no response to our ticket for 3 days. This is not acceptable.",
        "Thanks for nothing, the issue is back.",
        "If we can't get this resolved we'll be looking at other vendors at renewal.",
        "I'm escalating this to our COO.",
        "the sync failed again last night, annoying",
        "Our CFO is furious about the double billing.",
        "Really poor experience with support today.",
        "We're really unhappy with the lack of communication during the outage.",
        "Another week, another broken release. Come on.",
        "The data export has been failing for 5 days and no one has got back to us.",
        "Please be aware that we are escalating this to our board.",
        "Your invoice charged us twice. Please fix it, this is the second time.",
        "If we don't see improvement this quarter, we'll terminate the contract.",
        "frankly the support has been awful lately",
    })
    void frustration_is_a_complaint(String text) {
        expect("complaint", TouchKind.COMPLAINT, text);
    }


    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Is there an API endpoint for bulk user import?",
        "how do we change the billing contact?",
        "What's the maximum file size for uploads?",
        "Does the Android app support offline mode?",
        "Quick question: when does the trial end?",
        "Could you tell me whether SSO is included in our plan?",
        "Any idea when the new release is coming out?",
        "Is it possible to use our own domain for the portal? Thanks!",
        "Where can I find the audit logs?",
        "do you support SAML or only OIDC",
        "Do we need to re-authenticate after the upgrade?",
        "Hi, is there a limit to how many users we can add?",
        "When will the v3 API be deprecated?",
        "Just wondering whether you have a status page we can subscribe to.",
        "Which regions do you host data in?",
        "Can the report be filtered by region?",
        "who should I contact about billing queries?",
        "Is the outage on your side or ours?",
        "Is there a way to export audit logs to S3?",
        "What time does the maintenance window start?",
        "Are webhooks signed?",
        "Can admins see deleted messages?",
        "Hi team, how long do you keep backups?",
        "Do you have any documentation on the webhook retry policy?",
        "What's the roadmap for SCIM provisioning?",
        "Is there a discount for annual billing?",
        "how can i see who changed a record?",
        "Will the new pricing affect our current contract?",
    })
    void asking_to_know_is_a_question(String text) {
        expect("question", TouchKind.MESSAGE, text);
    }


    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Can you reset the password for j.smith please?",
        "Please add Maria to our workspace as an admin.",
        "We need a copy of your ISO 27001 certificate for our audit.",
        "Could you set up a call with your product manager next week?",
        "Kindly send the invoice for March at the earliest.",
        "I'd like to upgrade our plan to the enterprise tier.",
        "pls remove the old webhook from our account",
        "Can we get a sandbox environment for testing? TIA",
        "Feature request: export dashboards as PDF.",
        "Would it be possible to extend our trial by another two weeks?",
        "Can you please share the latest release notes?",
        "Could someone look into ticket 4471 for us?",
        "Kindly update our billing address to the new office.",
        "We would like to add 20 more licences.",
        "Please cancel the training session on Thursday.",
        "Can you turn on two-factor auth for all our users?",
        "Need access to the staging environment for our new dev, thanks",
        "Send over the signed contract when you can.",
        "Please send us the updated DPA.",
        "Could you increase our storage quota to 500GB?",
        "Can you add a second approver to our workflow?",
        "We'd like a quote for 50 additional seats.",
        "Kindly provide the invoice copy for last quarter.",
        "Could you please send me the onboarding checklist?",
        "Please schedule a health check for next month.",
        "I need the API key regenerated today.",
        "Can you enable SSO for our subdomain?",
        "Would you mind moving our kickoff to Tuesday?",
    })
    void asking_for_work_is_a_request(String text) {
        expect("request", TouchKind.MESSAGE, text);
    }


    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "noted 👍",
        "I'll be out next week, Priya will cover for me.",
        "Meeting moved to 3pm.",
        "lol",
        "FYI our office is closed on Monday for the bank holiday.",
        "Adding <@U0DEF456> who takes over as our project lead from now on.",
        "no thanks, we'll stick with the current setup",
        "Morning! Joining the call in 2 mins.",
        "Uploaded the CSV to the shared folder.",
        "Sure, that works.",
        "👀",
        "Thanks but we don't need it anymore.",
        "Back from lunch.",
        "Sounds great, see you Tuesday.",
        "Heads up: our IT team is rotating the VPN keys tonight.",
        "Forwarding this to our ops lead.",
        "Thats fine",
        "Will do.",
        "Out until Thursday, Zoe is the contact meanwhile.",
        ":+1:",
        "The call is at 2pm GMT.",
        "Just a heads up that our office moves next month.",
        "Ok, will forward to the team.",
        "We're closed for the public holiday on Friday.",
        "Still on track for the go-live next week.",
        "Happy Monday!",
        "Looping in Anna from our finance team for the invoice question.",
    })
    void chatter_and_acknowledgements_are_neutral(String text) {
        expect("neutral", TouchKind.MESSAGE, text);
    }

}
