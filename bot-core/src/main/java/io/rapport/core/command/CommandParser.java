package io.rapport.core.command;

import io.rapport.core.model.Direction;
import io.rapport.core.model.Tier;
import io.rapport.core.model.TouchKind;
import io.rapport.core.time.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The grammar of PRODUCT.md §4. Every malformed command is a {@link UsageException} that says what was
 * wrong and carries the usage line with an example.
 */
public final class CommandParser {

    private CommandParser() {
    }

    public static Command parse(String input) {
        String text = input == null ? "" : input.strip();
        if (text.startsWith("/rapport")) {
            text = text.substring("/rapport".length()).strip();
        }
        List<Token> tokens = Tokenizer.tokenize(text);
        if (tokens.isEmpty()) {
            return new Command.Help(null);
        }
        String name = tokens.get(0).text().toLowerCase(Locale.ROOT);
        Args args = new Args(text, tokens, CommandCatalog.find(name).orElse(null));
        return switch (name) {
            case "help", "?" -> new Command.Help(args.optional(1).map(s -> s.toLowerCase(Locale.ROOT)).orElse(null));
            case "add" -> add(args);
            case "link" -> new Command.Link(args.customer(1));
            case "contact" -> new Command.Contact(args.customer(1), args.user(2, "the contact"));
            case "show" -> new Command.Show(args.customer(1));
            case "log" -> log(args);
            case "promise" -> promise(args);
            case "note" -> new Command.Note(args.customer(1), args.rest(2, "the note"));
            case "date" -> new Command.Date(args.customer(1), args.word(2, "the label (renewal, birthday …)")
                    .toLowerCase(Locale.ROOT), args.rest(3, "the date"));
            case "feedback" -> feedback(args);
            case "mine" -> new Command.Mine();
            case "done" -> new Command.Done(args.id(1));
            case "snooze" -> new Command.Snooze(args.id(1), duration(args));
            case "reassign" -> new Command.Reassign(args.id(1), args.user(2, "the teammate"));
            case "health" -> new Command.Health(args.optional(1).orElse(null));
            case "digest" -> new Command.Digest();
            case "export" -> new Command.Export(args.customer(1));
            case "forget" -> new Command.Forget(args.customer(1));
            case "audit" -> audit(args);
            default -> throw unknown(tokens.get(0).text());
        };
    }

    private static UsageException unknown(String typed) {
        List<String> close = Suggestions.closest(typed, CommandCatalog.names(), 2);
        String hint = close.isEmpty()
                ? "Type help to see every command."
                : "Did you mean " + String.join(" or ", close.stream().map(c -> "`" + c + "`").toList()) + "?";
        return new UsageException("I don't know the command " + Echo.quoted(typed) + ". " + hint, null);
    }

    private static Command add(Args args) {
        List<Token> t = args.tokens;
        int i = 1;
        StringBuilder name = new StringBuilder();
        while (i < t.size() && !isKeyword(t.get(i))) {
            name.append(name.isEmpty() ? "" : " ").append(t.get(i).text());
            i++;
        }
        if (name.isEmpty()) {
            throw args.usage("Give the customer's name.");
        }
        Tier tier = null;
        String owner = null;
        while (i < t.size()) {
            String key = t.get(i).text().toLowerCase(Locale.ROOT);
            String value = i + 1 < t.size() ? t.get(i + 1).text() : null;
            if (value == null) {
                throw args.usage(Echo.quoted(key) + " needs a value.");
            }
            if (key.equals("tier")) {
                tier = Tier.parse(value).orElseThrow(() -> args.usage(
                        Echo.quoted(value) + " is not a tier; use key, standard or light."));
            } else {
                owner = args.user(i + 1, "the owner");
            }
            i += 2;
        }
        return new Command.Add(name.toString(), tier, owner);
    }

    private static boolean isKeyword(Token token) {
        String w = token.text().toLowerCase(Locale.ROOT);
        return !token.quoted() && (w.equals("tier") || w.equals("owner"));
    }

    private static Command log(Args args) {
        String customer = args.customer(1);
        String kindText = args.word(2, "the kind of touch");
        TouchKind kind = TouchKind.parse(kindText).orElseThrow(() -> {
            List<String> close = Suggestions.closest(kindText, TouchKind.ids(), 2);
            return args.usage(Echo.quoted(kindText) + " is not a kind of touch"
                    + (close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)")
                    + "; use one of " + String.join(", ", TouchKind.ids()) + ".");
        });
        Direction direction = args.optional(3).flatMap(Direction::parse).orElse(null);
        String note = args.restOrEmpty(direction == null ? 3 : 4);
        return new Command.Log(customer, kind, direction, note);
    }

    private static Command promise(Args args) {
        String customer = args.customer(1);
        String rest = args.rest(2, "what you promised and by when");
        int by = lastWordIndex(rest, "by");
        if (by < 0) {
            throw args.usage("Say by when, after \"by\".");
        }
        String what = rest.substring(0, by).strip();
        String when = rest.substring(by + 2).strip();
        if (what.isEmpty() || when.isEmpty()) {
            throw args.usage(what.isEmpty() ? "Say what you promised." : "Say by when, after \"by\".");
        }
        return new Command.Promise(customer, what, when);
    }

    /** Index of the last standalone word {@code word} (case-insensitive), or -1. */
    private static int lastWordIndex(String text, String word) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = lower.lastIndexOf(word); i >= 0; i = i == 0 ? -1 : lower.lastIndexOf(word, i - 1)) {
            boolean before = i == 0 || Character.isWhitespace(lower.charAt(i - 1));
            int end = i + word.length();
            boolean after = end == lower.length() || Character.isWhitespace(lower.charAt(end));
            if (before && after) {
                return i;
            }
        }
        return -1;
    }

    private static Command feedback(Args args) {
        String customer = args.customer(1);
        String scoreText = args.word(2, "a score from 1 to 5");
        int score;
        try {
            score = Integer.parseInt(scoreText.replace("/5", ""));
        } catch (NumberFormatException e) {
            score = 0;
        }
        if (score < 1 || score > 5) {
            throw args.usage(Echo.quoted(scoreText) + " is not a score; give a whole number from 1 to 5.");
        }
        return new Command.Feedback(customer, score, args.restOrEmpty(3));
    }

    private static Command audit(Args args) {
        Optional<String> given = args.optional(1);
        if (given.isEmpty()) {
            return new Command.Audit(Command.Audit.DEFAULT);
        }
        if (args.tokens.size() > 2) {
            throw args.usage("audit takes one number at most.");
        }
        int limit;
        try {
            limit = Integer.parseInt(given.get());
        } catch (NumberFormatException e) {
            limit = 0;
        }
        if (limit < 1 || limit > Command.Audit.MAX) {
            throw args.usage("\"" + given.get() + "\" is not a number of entries; give a whole number from 1 to "
                    + Command.Audit.MAX + ".");
        }
        return new Command.Audit(limit);
    }

    private static Duration duration(Args args) {
        String text = args.restOrEmpty(2);
        if (text.isEmpty()) {
            throw args.usage("Say for how long: 30m, 1h, 1d or 1w.");
        }
        return Durations.parseShort(text).orElseThrow(() -> args.usage(
                Echo.quoted(text) + " is not a duration; write 30m, 1h, 1d, 1w or 3 days."));
    }

    /** Positional access with errors that carry the command's usage. */
    private record Args(String text, List<Token> tokens, CommandSpec spec) {

        UsageException usage(String problem) {
            return new UsageException(problem, spec);
        }

        Optional<String> optional(int index) {
            return index < tokens.size() ? Optional.of(tokens.get(index).text()) : Optional.empty();
        }

        String word(int index, String what) {
            return optional(index).orElseThrow(() -> usage("Missing " + what + "."));
        }

        String customer(int index) {
            return word(index, "the customer");
        }

        String id(int index) {
            return word(index, "the id of the nudge or promise (as shown in mine)").toLowerCase(Locale.ROOT);
        }

        String user(int index, String what) {
            String w = word(index, what + " as @name");
            if (!w.startsWith("@") || w.length() < 2) {
                throw usage(Echo.quoted(w) + " is not a person; mention them with @, e.g. @dana.");
            }
            return w.substring(1);
        }

        /** The original text from token {@code index} on; one quoted token is unquoted. */
        String rest(int index, String what) {
            String rest = restOrEmpty(index);
            if (rest.isEmpty()) {
                throw usage("Missing " + what + ".");
            }
            return rest;
        }

        String restOrEmpty(int index) {
            if (index >= tokens.size()) {
                return "";
            }
            if (index == tokens.size() - 1 && tokens.get(index).quoted()) {
                return tokens.get(index).text();
            }
            return text.substring(tokens.get(index).start()).strip();
        }
    }
}
