package org.causette.localstore;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;

/** java.util.logging set-up (mongo-java-server logs through slf4j, bound to JUL): quiet INFO on the console. */
final class Logging {

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
    }
}
