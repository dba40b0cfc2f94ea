package io.rapport.core.engine;

import io.rapport.core.command.CommandCatalog;
import io.rapport.core.command.CommandSpec;
import io.rapport.core.command.Echo;
import io.rapport.core.command.Suggestions;
import io.rapport.core.command.UsageException;
import io.rapport.core.message.Card;
import io.rapport.core.message.Fact;
import io.rapport.core.message.Reply;
import java.util.List;

/** {@code help}, and the usage part of every "that didn't work" answer. */
final class HelpCards {
    private HelpCards() {
    }

    static Reply help(String topic) {
        if (topic == null) {
            List<Fact> rows = CommandCatalog.all().stream().map(s -> new Fact(s.usage(), s.summary())).toList();
            return Reply.of(new Card("Rapport commands",
                    "Rapport nudges you to do the small things that keep customers: thank back, answer fast, "
                            + "keep promises, follow up once more.",
                    rows, List.of(), "More on one command: help <command>, e.g. help log"));
        }
        CommandSpec spec = CommandCatalog.find(topic).orElseThrow(() -> {
            List<String> close = Suggestions.closest(topic, CommandCatalog.names(), 2);
            return new UsageException("There is no command " + Echo.quoted(topic) + "."
                    + (close.isEmpty() ? " Type help to see them all." : " Did you mean " + String.join(" or ", close)
                    + "?"), null);
        });
        return Reply.of(usageCard(spec.summary(), spec));
    }

    static Card usageCard(String problem, CommandSpec spec) {
        if (spec == null) {
            return Card.text(problem);
        }
        return new Card(null, problem, List.of(new Fact("Usage", spec.usage()), new Fact("Example", spec.example())),
                List.of(), spec.adminOnly() ? "Admins only." : null);
    }
}
