package io.rapport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledRedisTest {
    @Test
    void theBundledServerIsWrittenOnceThenReused(@TempDir Path data) throws Exception {
        Path bin = data.resolve("bin");
        File first = RedisHandle.bundledBinary(bin);
        assertTrue(first.canExecute(), first + " should be executable");
        assertTrue(first.length() > 1_000_000, "the whole binary, not a stub: " + first.length() + " bytes");
        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(first.toPath(), written);
        File second = RedisHandle.bundledBinary(bin);
        assertEquals(first, second);
        assertEquals(written, Files.getLastModifiedTime(second.toPath()), "a later start must not write it again");
        try (Stream<Path> left = Files.list(bin)) {
            assertEquals(1, left.count(), "only the binary stays in " + bin + ", no staging folder");
        }
    }

    @Test
    void aBinaryLeftWithoutItsExecuteBitIsWrittenAgain(@TempDir Path data) throws Exception {
        Path bin = data.resolve("bin");
        File first = RedisHandle.bundledBinary(bin);
        assertTrue(first.setExecutable(false, false));
        File again = RedisHandle.bundledBinary(bin);
        assertTrue(again.canExecute());
    }

    @Test
    void aServerStartedFromTheDataDirectoryAnswers(@TempDir Path data) throws Exception {
        Config config = Config.fromEnv(java.util.Map.of("RAPPORT_DATA_DIR", data.toString(), "RAPPORT_TEAMS", "off"));
        try (RedisHandle redis = RedisHandle.open(config)) {
            redis.awaitReady(java.time.Duration.ofSeconds(10));
            assertEquals("PONG", redis.client().ping());
        }
        try (Stream<Path> bin = Files.list(data.resolve("bin"))) {
            assertEquals(1, bin.filter(Files::isExecutable).count(), "the server ran from the data directory's bin");
        }
    }

    @Test
    void aBadRulebookLeavesNoRedisRunning(@TempDir Path data) throws Exception {
        Path rulebook = data.resolve("rulebook.json");
        Files.writeString(rulebook, "{\"delivery\": ");
        Config config = Config.fromEnv(java.util.Map.of("RAPPORT_DATA_DIR", data.resolve("redis").toString(),
                "RAPPORT_RULEBOOK", rulebook.toString(), "RAPPORT_TEAMS", "off", "RAPPORT_PORT", "0"));
        org.junit.jupiter.api.Assertions.assertThrows(io.rapport.core.rulebook.RulebookException.class,
                () -> Main.start(config, java.time.Clock.systemUTC()));
        assertTrue(Files.exists(data.resolve("redis").resolve("appendonly.aof")), "Redis was started meanwhile");
        assertTrue(Files.notExists(data.resolve("redis").resolve("redis.pid")), "and stopped cleanly before the error");
    }
}
