package io.rapport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

class LogSetupTest {
    @Test
    void rapportLogsAtInfoAndTheLibrariesOnlyFromWarn() {
        LoggerContext context = new LoggerContext();
        LogSetup setup = new LogSetup();
        setup.setContext(context);
        assertEquals(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, setup.configure(context));
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertEquals(Level.INFO, root.getLevel());
        assertTrue(root.getAppender("OUT") instanceof ConsoleAppender<?> c && c.isStarted());
        assertEquals(Level.WARN, context.getLogger("org.eclipse.jetty.server.Server").getEffectiveLevel());
        assertEquals(Level.WARN, context.getLogger("redis.clients.jedis.JedisCluster").getEffectiveLevel());
        assertEquals(Level.INFO, context.getLogger("io.rapport.app.Main").getEffectiveLevel());
    }

    @Test
    void aConfigurationFileNamedOnTheCommandLineWins() {
        System.setProperty("logback.configurationFile", "elsewhere.xml");
        try {
            LoggerContext context = new LoggerContext();
            LogSetup setup = new LogSetup();
            setup.setContext(context);
            assertEquals(ExecutionStatus.INVOKE_NEXT_IF_ANY, setup.configure(context));
            assertTrue(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("OUT") == null);
        } finally {
            System.clearProperty("logback.configurationFile");
        }
    }
}
