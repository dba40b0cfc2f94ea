package io.rapport.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.rapport.core.command.CommandCatalog;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** config/teams, which the build zips into app/target/rapport-teams.zip, holds what Teams accepts. */
class TeamsPackageTest {
    private static final Path DIR = Path.of("..", "config", "teams");

    private static JsonObject manifest() throws IOException {
        return JsonParser.parseString(Files.readString(DIR.resolve("manifest.json"), StandardCharsets.UTF_8))
                .getAsJsonObject();
    }

    @Test
    void the_manifest_stays_within_teams_limits_and_lists_real_commands() throws IOException {
        JsonObject m = manifest();

        assertTrue(m.get("$schema").getAsString().endsWith("/v" + m.get("manifestVersion").getAsString()
                + "/MicrosoftTeams.schema.json"));
        assertTrue(m.getAsJsonObject("name").get("short").getAsString().length() <= 30);
        assertTrue(m.getAsJsonObject("description").get("short").getAsString().length() <= 80);
        assertTrue(m.getAsJsonObject("description").get("full").getAsString().length() <= 4000);
        JsonObject bot = m.getAsJsonArray("bots").get(0).getAsJsonObject();
        assertEquals("${rapport.teams.appId}", bot.get("botId").getAsString(), "filled in by the build");
        for (JsonElement list : bot.getAsJsonArray("commandLists")) {
            var commands = list.getAsJsonObject().getAsJsonArray("commands");
            assertTrue(commands.size() <= 10, "Teams shows at most 10 commands per list");
            for (JsonElement c : commands) {
                String title = c.getAsJsonObject().get("title").getAsString();
                String description = c.getAsJsonObject().get("description").getAsString();
                assertTrue(CommandCatalog.find(title).isPresent(), title + " is a Rapport command");
                assertTrue(title.length() <= 32 && description.length() <= 128, title);
            }
        }
    }

    @Test
    void the_icons_are_pngs_of_the_sizes_teams_requires() throws IOException {
        assertEquals(192, pngWidthAndHeight(DIR.resolve("color.png")));
        assertEquals(32, pngWidthAndHeight(DIR.resolve("outline.png")));
    }

    /** The side of a square PNG, from its IHDR chunk; fails for anything else. */
    private static int pngWidthAndHeight(Path png) throws IOException {
        try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
            byte[] signature = new byte[8];
            data.readFully(signature);
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, signature);
            data.readInt();
            byte[] type = new byte[4];
            data.readFully(type);
            assertEquals("IHDR", new String(type, StandardCharsets.US_ASCII));
            int width = data.readInt();
            int height = data.readInt();
            assertEquals(width, height, png + " is square");
            return width;
        }
    }
}
