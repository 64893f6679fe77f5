package org.causette.localbroker;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * java.util.logging set-up (Artemis logs through slf4j, bound to JUL): quiet INFO on the console,
 * and the audit logger off, without which the broker never accepts a connection on JDK 25.
 */
final class Logging {

    /** JUL holds loggers weakly: keep the one whose level is set here. */
    private static final Logger AUDIT = Logger.getLogger("org.apache.activemq.audit");

    private Logging() {
    }

    /** Loads {@code logging.properties} of this package unless the JVM was given its own configuration. */
    static void configure() throws IOException {
        if (System.getProperty("java.util.logging.config.file") == null
                && System.getProperty("java.util.logging.config.class") == null) {
            try (InputStream config = Logging.class.getResourceAsStream("logging.properties")) {
                LogManager.getLogManager().readConfiguration(config);
            }
        }
        silenceAudit();
    }

    static void silenceAudit() {
        AUDIT.setLevel(Level.OFF);
    }
}
