package io.rapport.store.redis;

import io.rapport.core.model.Direction;
import io.rapport.core.model.Person;
import io.rapport.core.model.Touch;
import io.rapport.core.model.TouchKind;
import io.rapport.core.port.StoreException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * A timeline entry in a compact positional form, because a customer keeps hundreds of them:
 * {@code id␟kind␟at␟who␟source␟note}, fields split by the unit separator U+001F. The kind is one letter,
 * upper case for a touch that came in, lower case for one that went out, then {@code u} when unanswered;
 * {@code at} is base-36 epoch seconds plus {@code .<nanos>} only when there is a fraction; {@code who}
 * and {@code source} are indexes into the customer's {@link Refs}. A touch with an id of the engine's shape is
 * written in the {@link DenseTouch} form instead, about half the size. Entries written before either form
 * are JSON and still read.
 */
final class TouchCodec {

    static final char SEP = Compact.SEP;

    private static final Map<TouchKind, Character> CODES = new EnumMap<>(TouchKind.class);
    private static final Map<Character, TouchKind> KINDS = new HashMap<>();

    static {
        // explicit letters, not ordinals: stored data must survive a reordered enum
        code(TouchKind.MESSAGE, 'm');
        code(TouchKind.CALL, 'c');
        code(TouchKind.EMAIL, 'e');
        code(TouchKind.MEETING, 't');
        code(TouchKind.VIDEO, 'v');
        code(TouchKind.THANKS, 'k');
        code(TouchKind.PRAISE, 'p');
        code(TouchKind.REFERRAL, 'r');
        code(TouchKind.GIFT, 'g');
        code(TouchKind.INTRO, 'i');
        code(TouchKind.FEEDBACK, 'f');
        code(TouchKind.COMPLAINT, 'x');
        code(TouchKind.HELP, 'h');
        if (CODES.size() != TouchKind.values().length) {
            throw new ExceptionInInitializerError("every touch kind needs a stored letter");
        }
    }

    private TouchCodec() {
    }

    private static void code(TouchKind kind, char letter) {
        if (KINDS.put(letter, kind) != null) {
            throw new ExceptionInInitializerError("letter " + letter + " used twice");
        }
        CODES.put(kind, letter);
    }

    /** The dense form when the touch fits it, else the positional form. */
    static String encode(Touch touch, Refs refs) {
        char letter = CODES.get(touch.kind());
        letter = touch.direction() == Direction.IN ? Character.toUpperCase(letter) : letter;
        if (DenseTouch.fits(touch)) {
            return DenseTouch.encode(touch, letter, refs.ref(Refs.pair(touch.who(), touch.source())));
        }
        StringBuilder out = new StringBuilder(32 + touch.note().length());
        out.append(touch.id()).append(SEP).append(letter).append(touch.unanswered() ? "u" : "").append(SEP);
        out.append(Compact.instant(touch.at())).append(SEP).append(touch.who() == null ? "" : refs.ref(Refs.person(touch.who())))
                .append(SEP).append(refs.ref(Refs.source(touch.source())))
                .append(SEP).append(touch.note());
        return out.toString();
    }

    static Touch decode(String stored, String customerId, Refs refs) {
        if (stored.startsWith("{")) {
            return Json.read(stored, Touch.class, "of " + customerId);
        }
        try {
            if (DenseTouch.is(stored)) {
                DenseTouch.Parts p = DenseTouch.decode(stored);
                Refs.Pair pair = Refs.asPair(refs.value(p.pairRef()));
                return new Touch(p.id(), customerId, kind(p.letter()), p.direction(), pair.who(), p.at(), p.note(),
                        pair.source(), p.unanswered());
            }
            String[] f = stored.split(String.valueOf(SEP), 6);
            if (f.length != 6) {
                throw new IllegalArgumentException("short entry");
            }
            char letter = f[1].charAt(0);
            TouchKind kind = kind(letter);
            Direction direction = Character.isUpperCase(letter) ? Direction.IN : Direction.OUT;
            Instant at = Compact.instant(f[2]);
            Person who = f[3].isEmpty() ? null : Refs.asPerson(refs.value(f[3]));
            String source = Refs.asSource(refs.value(f[4]));
            return new Touch(f[0], customerId, kind, direction, who, at, f[5], source, f[1].endsWith("u"));
        } catch (RuntimeException e) {
            throw new StoreException("stored touch of " + customerId + " is unreadable", e);
        }
    }

    private static TouchKind kind(char letter) {
        TouchKind kind = KINDS.get(Character.toLowerCase(letter));
        if (kind == null) {
            throw new IllegalArgumentException("unknown kind " + letter);
        }
        return kind;
    }
}
