package org.causette.moderation.verdicts.control;

import org.causette.moderation.engine.policy.VerdictWeights;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The engine keys written in this service's configuration say what the engine does without them. */
class EngineDefaultsTest {

    @Test
    void theVerdictWeightsInTheServiceConfigurationAreTheEngineDefaults() throws IOException {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        Map<String, String> written = new HashMap<>();
        for (String key : config.stringPropertyNames()) {
            if (key.startsWith(VerdictWeights.PREFIX)) {
                written.put(key, config.getProperty(key));
            }
        }
        assertEquals(VerdictWeights.defaultProperties(), written);
    }
}
