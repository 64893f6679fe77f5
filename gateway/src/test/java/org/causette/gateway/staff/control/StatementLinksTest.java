package org.causette.gateway.staff.control;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatementLinksTest {
    private static final URI BASE = URI.create("https://modo.causette.example/api/v1/");

    @Test
    void statementLinksFollowTheRequestsHostAtAnyDepth() {
        var answer = Json.createReader(new java.io.StringReader("""
                {"id":"c1","statement":"http://localhost:8080/api/v1/statements/AbC_-9",
                 "sanctions":[{"statement":"http://localhost:8080/api/v1/statements/s2","reason":"x"}],
                 "decision":{"statement":null,"actions":[{"action":"mute","statement":"http://localhost:8080/api/v1/statements/s3"}]}}
                """)).readObject();
        var cut = StatementLinks.relink(answer, BASE).asJsonObject();
        assertEquals("https://modo.causette.example/api/v1/statements/AbC_-9", cut.getString("statement"));
        assertEquals("https://modo.causette.example/api/v1/statements/s2",
                cut.getJsonArray("sanctions").getJsonObject(0).getString("statement"));
        assertEquals("x", cut.getJsonArray("sanctions").getJsonObject(0).getString("reason"));
        assertEquals(true, cut.getJsonObject("decision").isNull("statement"));
        assertEquals("https://modo.causette.example/api/v1/statements/s3",
                cut.getJsonObject("decision").getJsonArray("actions").getJsonObject(0).getString("statement"));
    }

    @Test
    void otherTextIsLeftAlone() {
        var answer = Json.createObjectBuilder().add("statement", "voir http://localhost:8080/api/v1/statements/s1 ici")
                .add("text", "http://localhost:8080/api/v1/statements/s1").build();
        assertEquals(answer, StatementLinks.relink(answer, BASE));
    }
}
