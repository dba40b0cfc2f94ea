package io.rapport.store.redis;

import io.rapport.core.model.Audience;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.port.StoreException;
import java.util.Map;

/**
 * A nudge in the workspace's {@code nudges} hash, in a compact positional form (see {@link Compact}),
 * because every customer has several: {@code flags␟customer␟rule␟key␟assignee id␟assignee name␟due␟
 * created␟deliveries␟attempts␟closed by␟closed at␟expires␟data}. The id is the hash field and not
 * repeated. The flags are the state's letter, the audience's letter, and {@code k} when the key is the
 * rule's name, a colon and what is stored (as rules make them). Nudges written before this form are JSON
 * and still read.
 */
final class NudgeCodec {

    private static final int FIELDS = 14;
    private static final Map<NudgeState, Character> STATES = Map.of(NudgeState.SCHEDULED, 'S', NudgeState.OPEN, 'O',
            NudgeState.DONE, 'D', NudgeState.CANCELLED, 'C');
    private static final Map<Audience, Character> AUDIENCES = Map.of(Audience.PERSON, 'P', Audience.TEAM, 'T',
            Audience.INTERNAL, 'I');

    private NudgeCodec() {
    }

    static String encode(Nudge nudge) {
        String prefix = nudge.rule() + ":";
        boolean ruleKey = nudge.key().startsWith(prefix);
        String flags = "" + STATES.get(nudge.state()) + AUDIENCES.get(nudge.audience()) + (ruleKey ? "k" : "");
        return new Compact.Writer().text(flags).text(nudge.customerId()).text(nudge.rule())
                .text(ruleKey ? nudge.key().substring(prefix.length()) : nudge.key())
                .person(nudge.assignee()).at(nudge.dueAt()).at(nudge.createdAt())
                .number(nudge.deliveries()).number(nudge.attempts())
                .text(nudge.closedBy()).at(nudge.closedAt()).at(nudge.expiresAt())
                .map(nudge.data()).toString();
    }

    static Nudge decode(String id, String stored) {
        if (stored.startsWith("{")) {
            return Json.read(stored, Nudge.class, id);
        }
        try {
            Compact.Reader in = new Compact.Reader(stored, FIELDS);
            String flags = in.text();
            NudgeState state = letter(STATES, flags.charAt(0));
            Audience audience = letter(AUDIENCES, flags.charAt(1));
            String customerId = in.optional();
            String rule = in.text();
            String key = flags.indexOf('k', 2) > 0 ? rule + ":" + in.text() : in.text();
            return new Nudge(id, customerId, rule, key, in.person(), state, in.at(), in.at(), in.number(),
                    in.number(), null, in.optional(), in.at(), audience, in.at()).withData(in.map());
        } catch (RuntimeException e) {
            throw new StoreException("stored Nudge " + id + " is unreadable", e);
        }
    }

    static <T> T letter(Map<T, Character> codes, char letter) {
        return codes.entrySet().stream().filter(e -> e.getValue() == letter).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown letter " + letter));
    }
}
