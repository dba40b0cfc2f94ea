package io.rapport.core.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The one JSON form of core records: used for storage and for {@code export}. Instants and dates are
 * ISO-8601 strings, so what is stored is readable with {@code redis-cli}.
 */
public final class CoreJson {

    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(Instant.class, isoAdapter(Instant::parse).nullSafe())
            .registerTypeAdapter(LocalDate.class, isoAdapter(LocalDate::parse).nullSafe())
            .disableHtmlEscaping()
            .create();

    private static final Gson PRETTY = GSON.newBuilder().setPrettyPrinting().create();

    private CoreJson() {
    }

    public static Gson gson() {
        return GSON;
    }

    public static Gson pretty() {
        return PRETTY;
    }

    private static <T> TypeAdapter<T> isoAdapter(Function<String, T> parse) {
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                out.value(value.toString());
            }

            @Override
            public T read(JsonReader in) throws IOException {
                if (in.peek() == JsonToken.NULL) {
                    in.nextNull();
                    return null;
                }
                return parse.apply(in.nextString());
            }
        };
    }
}
