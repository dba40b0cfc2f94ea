package io.rapport.core.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every command of PRODUCT.md §4, in the order {@code help} lists them. */
public final class CommandCatalog {
    private static final Map<String, CommandSpec> SPECS = new LinkedHashMap<>();

    static {
        add("help", "help [command]", "Usage, with examples.", "help log", false);
        add("add", "add <customer> [tier key|standard|light] [owner @user]", "Create a customer.",
                "add Acme tier key owner @alex", false);
        add("link", "link <customer>|team", "Link this channel to the customer (run it in the channel); "
                + "link team makes it the team channel for escalations, kudos and the digest.", "link acme", false);
        add("contact", "contact <customer> @user", "Mark a user as one of the customer's people.",
                "contact acme @dana", false);
        add("show", "show <customer>", "The customer's profile: health, timeline, promises, nudges, notes, dates.",
                "show acme", false);
        add("log", "log <customer> <kind> [in|out] [unanswered] [note…]",
                "Record a touch. Kinds: message, call, email, meeting, video, thanks, praise, referral, gift, "
                        + "intro, feedback, complaint, help. Mark an outreach they have not answered with "
                        + "unanswered, and Rapport follows it up until they do.",
                "log acme thanks for the intro to their CFO", false);
        add("promise", "promise <customer> <what> by <when>", "Record a commitment you made.",
                "promise acme send the SOC2 report by Friday", false);
        add("note", "note <customer> <text>", "Add a consideration note (needs, challenges, preferences).",
                "note acme prefers calls before 10am", false);
        add("date", "date <customer> <label> <date>",
                "Set an important date: renewal, birthday, anniversary or any label.",
                "date acme renewal 2027-03-31", false);
        add("feedback", "feedback <customer> <1-5> [comment]", "Record the customer's answer to \"how are we doing?\".",
                "feedback acme 4 happy with support, wants faster releases", false);
        add("mine", "mine", "Your pending nudges and open promises, most urgent first.", "mine", false);
        add("done", "done <id>", "Mark a nudge or a promise done.", "done n12", false);
        add("snooze", "snooze <id> <duration>", "Bring a nudge back later (30m, 1h, 1d, 1w).", "snooze n12 1d", false);
        add("reassign", "reassign <id> @user", "Hand a nudge or a promise to a teammate.", "reassign n12 @sam",
                false);
        add("health", "health [customer]", "One customer's health explained, or the team's list.", "health acme",
                false);
        add("digest", "digest", "The team digest now.", "digest", false);
        add("export", "export <customer>", "Everything kept about the customer, as JSON.", "export acme", false);
        add("forget", "forget <customer>", "Delete everything kept about the customer (admins, after confirming).",
                "forget acme", true);
        add("audit", "audit [n]", "The workspace's audit log, newest first: who forgot a customer, changed the team "
                + "channel, installed or uninstalled Rapport, and when (admins; " + Command.Audit.DEFAULT
                + " entries unless you give n, at most " + Command.Audit.MAX + ").", "audit 50", true);
    }

    private CommandCatalog() {
    }

    private static void add(String name, String usage, String summary, String example, boolean admin) {
        SPECS.put(name, new CommandSpec(name, usage, summary, List.of(example), admin));
    }

    public static Optional<CommandSpec> find(String name) {
        return Optional.ofNullable(SPECS.get(name));
    }

    public static CommandSpec get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no command " + name));
    }

    public static List<CommandSpec> all() {
        return List.copyOf(SPECS.values());
    }

    public static List<String> names() {
        return List.copyOf(SPECS.keySet());
    }
}
