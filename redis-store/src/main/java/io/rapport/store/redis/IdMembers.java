package io.rapport.store.redis;

import java.util.List;
import java.util.stream.IntStream;
import redis.clients.jedis.UnifiedJedis;

/**
 * How ids are stored as members of a customer's id sets ({@code c:<id>:nudges}, {@code c:<id>:promises}).
 * An id the engine allocates is a letter and a sequence number ({@code n123}); stored as the number alone,
 * a customer's set is a Redis intset, a few bytes a member, instead of a hash table of strings (about 80 B
 * a member). Any other id is stored as it is, or after a {@code =} when it is all digits or starts with
 * {@code =} itself. Members written before, always the whole id, read back unchanged unless all digits,
 * which the engine never wrote.
 */
final class IdMembers {

    static final char NUDGE = 'n';
    static final char PROMISE = 'p';
    private static final char LITERAL = '=';

    private IdMembers() {
    }

    static String member(String id, char prefix) {
        if (id.length() > 1 && id.charAt(0) == prefix && digits(id, 1) && (id.length() == 2 || id.charAt(1) != '0')
                && id.length() <= 19) {
            return id.substring(1);
        }
        return digits(id, 0) || id.startsWith(String.valueOf(LITERAL)) ? LITERAL + id : id;
    }

    static String id(String member, char prefix) {
        if (digits(member, 0)) {
            return prefix + member;
        }
        return member.startsWith(String.valueOf(LITERAL)) ? member.substring(1) : member;
    }

    /** The ids in the set stored at {@code setKey}. */
    static List<String> read(UnifiedJedis jedis, String setKey, char prefix) {
        return jedis.smembers(setKey).stream().map(member -> id(member, prefix)).distinct().toList();
    }

    /** Those ids in the set at {@code setKey} that are members of the set at {@code whole}, which holds whole ids. */
    static List<String> readIn(UnifiedJedis jedis, String setKey, char prefix, String whole) {
        List<String> ids = read(jedis, setKey, prefix);
        List<Boolean> in = ids.isEmpty() ? List.of() : jedis.smismember(whole, ids.toArray(String[]::new));
        return IntStream.range(0, ids.size()).filter(i -> Boolean.TRUE.equals(in.get(i))).mapToObj(ids::get).toList();
    }

    private static boolean digits(String value, int from) {
        if (value.length() <= from) {
            return false;
        }
        for (int i = from; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
