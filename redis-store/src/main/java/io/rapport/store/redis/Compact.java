package io.rapport.store.redis;

import io.rapport.core.model.Person;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pieces of Rapport's compact stored forms: positional fields split by the unit separator U+001F,
 * instants as base-36 epoch seconds (plus {@code .<nanos>} only when there is a fraction), people as an
 * id and a name left empty when it equals the id, and maps as keys and values split by the record
 * separator U+001E. Free text is escaped so that it never contains a separator.
 */
final class Compact {

    static final char SEP = '\u001f';
    static final char RS = '\u001e';
    private static final char ESC = '\u001b';

    private Compact() {
    }

    static String instant(Instant at) {
        if (at == null) {
            return "";
        }
        String seconds = Long.toString(at.getEpochSecond(), 36);
        return at.getNano() == 0 ? seconds : seconds + "." + at.getNano();
    }

    static Instant instant(String stored) {
        if (stored.isEmpty()) {
            return null;
        }
        int dot = stored.indexOf('.');
        return dot < 0 ? Instant.ofEpochSecond(Long.parseLong(stored, 36))
                : Instant.ofEpochSecond(Long.parseLong(stored.substring(0, dot), 36),
                        Long.parseLong(stored.substring(dot + 1)));
    }

    /** Builds one stored value field by field. */
    static final class Writer {
        private final StringBuilder out = new StringBuilder(96);
        private boolean started;

        /** A field of free text, escaped. */
        Writer text(String value) {
            separate();
            escape(value == null ? "" : value, out);
            return this;
        }

        Writer at(Instant at) {
            return text(instant(at));
        }

        Writer number(int value) {
            return text(Integer.toString(value, 36));
        }

        /** Two fields: the id (empty for nobody) and the name, empty when it is the id. */
        Writer person(Person who) {
            return text(who == null ? "" : who.id()).text(who == null || who.name().equals(who.id()) ? "" : who.name());
        }

        Writer map(Map<String, String> map) {
            separate();
            boolean first = true;
            for (Map.Entry<String, String> e : map.entrySet()) {
                if (!first) {
                    out.append(RS);
                }
                escape(e.getKey(), out);
                out.append(RS);
                escape(e.getValue(), out);
                first = false;
            }
            return this;
        }

        @Override
        public String toString() {
            return out.toString();
        }

        private void separate() {
            if (started) {
                out.append(SEP);
            }
            started = true;
        }
    }

    /** Reads the fields of one stored value in the order they were written. */
    static final class Reader {
        private final String[] fields;
        private int next;

        Reader(String stored, int expected) {
            this.fields = stored.split(String.valueOf(SEP), -1);
            if (fields.length != expected) {
                throw new IllegalArgumentException("expected " + expected + " fields, found " + fields.length);
            }
        }

        String text() {
            return unescape(fields[next++]);
        }

        /** Free text where nothing, stored as empty, means null. */
        String optional() {
            String value = text();
            return value.isEmpty() ? null : value;
        }

        Instant at() {
            return instant(fields[next++]);
        }

        int number() {
            return Integer.parseInt(fields[next++], 36);
        }

        Person person() {
            String id = text();
            String name = text();
            return id.isEmpty() ? null : new Person(id, name);
        }

        Map<String, String> map() {
            String field = fields[next++];
            Map<String, String> map = new LinkedHashMap<>();
            if (field.isEmpty()) {
                return map;
            }
            List<String> parts = split(field, RS);
            if (parts.size() % 2 != 0) {
                throw new IllegalArgumentException("a map with a key and no value");
            }
            for (int i = 0; i < parts.size(); i += 2) {
                map.put(unescape(parts.get(i)), unescape(parts.get(i + 1)));
            }
            return map;
        }
    }

    private static List<String> split(String field, char separator) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int at = field.indexOf(separator); at >= 0; at = field.indexOf(separator, from)) {
            parts.add(field.substring(from, at));
            from = at + 1;
        }
        parts.add(field.substring(from));
        return parts;
    }

    static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case SEP -> out.append(ESC).append('s');
                case RS -> out.append(ESC).append('r');
                case ESC -> out.append(ESC).append('e');
                default -> out.append(c);
            }
        }
    }

    static String unescape(String value) {
        if (value.indexOf(ESC) < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ESC) {
                out.append(c);
                continue;
            }
            char code = ++i < value.length() ? value.charAt(i) : '?';
            out.append(switch (code) {
                case 's' -> SEP;
                case 'r' -> RS;
                case 'e' -> ESC;
                default -> throw new IllegalArgumentException("bad escape");
            });
        }
        return out.toString();
    }
}
