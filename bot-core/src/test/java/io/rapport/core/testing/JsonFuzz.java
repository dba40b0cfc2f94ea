package io.rapport.core.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Real payloads made hostile: values swapped for other types or {@link FuzzText}, keys dropped, bodies cut. */
public final class JsonFuzz {
    /** Levels of nesting in a deep body: far past any parser's default limit. */
    public static final int DEEP = 10_000;

    private JsonFuzz() {
    }

    /** One to three values anywhere in a copy of the tree replaced by another type, hostile text or a nest. */
    public static JsonElement mutate(JsonElement original, Random r) {
        JsonElement root = original.deepCopy();
        for (int n = 1 + r.nextInt(3); n > 0; n--) {
            List<Runnable> spots = new ArrayList<>();
            collect(root, r, spots);
            if (!spots.isEmpty()) {
                spots.get(r.nextInt(spots.size())).run();
            }
        }
        return root;
    }

    public static String mutate(String json, Random r) {
        return mutate(JsonParser.parseString(json), r).toString();
    }

    /** The first bytes of {@code bytes}, cut anywhere. */
    public static byte[] cut(byte[] bytes, Random r) {
        return Arrays.copyOf(bytes, r.nextInt(bytes.length + 1));
    }

    /** {@link #DEEP} nested arrays, or objects. */
    public static List<String> deep() {
        return List.of("[".repeat(DEEP) + "]".repeat(DEEP), "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP));
    }

    private static void collect(JsonElement e, Random r, List<Runnable> spots) {
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            for (String key : List.copyOf(o.keySet())) {
                spots.add(() -> o.add(key, replacement(r)));
                spots.add(() -> o.remove(key));
                collect(o.get(key), r, spots);
            }
        } else if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                int at = i;
                spots.add(() -> a.set(at, replacement(r)));
                collect(a.get(i), r, spots);
            }
        }
    }

    private static JsonElement replacement(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> new JsonPrimitive(r.nextLong());
            case 1 -> new JsonPrimitive(r.nextBoolean());
            case 2 -> JsonNull.INSTANCE;
            case 3 -> new JsonArray();
            case 4 -> new JsonObject();
            case 5 -> new JsonPrimitive(r.nextDouble() * 1e300);
            case 6 -> JsonParser.parseString("[".repeat(200) + "]".repeat(200));
            case 7 -> new JsonPrimitive("");
            default -> new JsonPrimitive(FuzzText.any(r));
        };
    }
}
