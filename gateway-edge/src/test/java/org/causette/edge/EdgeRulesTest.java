package org.causette.edge;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EdgeRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/rooms/%zz", "/api/v1/rooms/a%00b", "/api/v1/rooms/%", "/api/v1/rooms/%4",
            "/api/v1/rooms/x%0a", "/api/v1/rooms/..;x", "/a%2Fb", ""})
    void refusesPathsLibertyCannotDecode(String path) {
        assertEquals("malformed-path", EdgeRules.forApplication(path, 100).orElseThrow().code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/v1/rooms/plus-de-40/messages", "/api/v1/rooms/r%C3%A9union", "/index.html"})
    void letsOrdinaryPathsThrough(String path) {
        assertTrue(EdgeRules.forApplication(path, 2_000).isEmpty());
    }

    @Test
    void refusesHeadersOver32KiBTogether() {
        assertTrue(EdgeRules.forApplication("/", EdgeRules.MAX_HEADER_BYTES).isEmpty());
        var refusal = EdgeRules.forApplication("/", EdgeRules.MAX_HEADER_BYTES + 1).orElseThrow();
        assertEquals(431, refusal.status());
        assertEquals("headers-too-large", refusal.code());
    }

    @Test
    void defaultHostRefusesWhatCameThroughAnotherHostsPort() {
        var publicPorts = Set.of(8080, 80, 443);
        assertEquals(421, EdgeRules.forDefaultHost(8080, publicPorts).orElseThrow().status());
        assertTrue(EdgeRules.forDefaultHost(8089, publicPorts).isEmpty(), "the management port");
    }

    @Test
    void aliasPorts() {
        assertEquals(8080, EdgeRules.aliasPort("*:8080"));
        assertEquals(443, EdgeRules.aliasPort("example.org:443"));
        assertEquals(-1, EdgeRules.aliasPort("*"));
        assertEquals(-1, EdgeRules.aliasPort("*:x"));
    }

    @Test
    void bodiesAreProblems() {
        for (var refusal : new EdgeRefusal[] {EdgeRefusal.malformedPath(), EdgeRefusal.headersTooLarge(),
                EdgeRefusal.misdirected()}) {
            var json = Json.createReader(new ByteArrayInputStream(refusal.body())).readObject();
            assertEquals(refusal.status(), json.getInt("status"));
            assertEquals(refusal.code(), json.getString("code"));
            assertEquals("https://causette.chat/problems/" + refusal.code(), json.getString("type"));
            assertEquals(refusal.title(), json.getString("title"));
            assertEquals(refusal.detail(), json.getString("detail"));
        }
    }
}
