package io.rapport.slack;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.view.View;
import io.rapport.core.engine.Engine;
import io.rapport.core.event.Actor;
import io.rapport.core.event.CommandEvent;
import io.rapport.core.message.Card;
import io.rapport.core.message.Fact;
import io.rapport.core.message.Reply;
import io.rapport.core.model.Customer;
import io.rapport.core.port.CustomerStats;
import io.rapport.core.port.Store;
import io.rapport.slack.blocks.BlockKit;
import io.rapport.slack.blocks.SlackText;
import io.rapport.slack.web.SlackApi;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The App Home tab, "your customers": what needs you today (your nudges and promises, with their buttons),
 * the team's health weakest first, and where customers gave more than they got back. The same answers as
 * {@code mine} and {@code health}, so every surface agrees.
 */
public final class AppHome {
    private static final int HOME_BLOCKS = 100;
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private final Engine engine;
    private final Store store;
    private final UserDirectory users;
    private final SlackApi api;
    private final Clock clock;

    public AppHome(Engine engine, Store store, UserDirectory users, SlackApi api, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.users = users;
        this.api = api;
        this.clock = clock;
    }

    public void publish(String team, String userId) {
        if (userId != null) {
            api.publishHome(team, userId, view(team, userId));
        }
    }

    public View view(String team, String userId) {
        String ws = Workspaces.of(team);
        Actor actor = users.actor(team, userId, userId);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder().text(plain("Your customers")).build());
        blocks.add(context("Updated " + UPDATED.format(clock.instant().atZone(actor.zone())) + " ("
                + actor.zone().getId() + "). Type /rapport help for every command."));
        blocks.add(heading("What needs you today"));
        Reply mine = ask(ws, actor, "mine");
        blocks.addAll(BlockKit.blocks(mine.cards(), 45));
        // the health and reciprocity cards carry their own headers
        blocks.add(DividerBlock.builder().build());
        blocks.addAll(BlockKit.blocks(ask(ws, actor, "health").cards(), 20));
        blocks.add(DividerBlock.builder().build());
        blocks.addAll(BlockKit.blocks(List.of(reciprocity(ws)), 10));
        if (blocks.size() > HOME_BLOCKS) {
            blocks = new ArrayList<>(blocks.subList(0, HOME_BLOCKS - 1));
            blocks.add(context("More than fits here: type /rapport mine for the full list."));
        }
        return View.builder().type("home").blocks(blocks).build();
    }

    private Reply ask(String ws, Actor actor, String command) {
        return engine.command(new CommandEvent(ws, actor, null, command, Map.of(), clock.instant()));
    }

    /** Customers who sent more gestures than they received: someone owes them a thank-you. */
    private Card reciprocity(String ws) {
        List<Fact> rows = new ArrayList<>();
        for (Customer c : store.customers(ws)) {
            CustomerStats s = store.stats(ws, c.id());
            if (s.gesturesIn() > s.gesturesOut()) {
                rows.add(new Fact(c.name(), s.gesturesIn() + " received, " + s.gesturesOut() + " returned"));
            }
        }
        return rows.isEmpty()
                ? new Card("Pending reciprocity", "Every customer got back as much as they gave.", List.of(), List.of(),
                        null)
                : new Card("Pending reciprocity", "", rows, List.of(),
                        "Log what you send back with: log <customer> thanks out");
    }

    private static SectionBlock heading(String text) {
        return SectionBlock.builder().text(MarkdownTextObject.builder().text("*" + SlackText.escape(text) + "*")
                .build()).build();
    }

    private static ContextBlock context(String text) {
        return ContextBlock.builder().elements(List.of(MarkdownTextObject.builder()
                .text(SlackText.escapeAndCut(text, SlackText.CONTEXT)).verbatim(true).build())).build();
    }

    private static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text).emoji(true).build();
    }
}
