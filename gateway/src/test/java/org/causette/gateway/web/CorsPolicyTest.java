package org.causette.gateway.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorsPolicyTest {

    @Test
    void noConfiguredOriginAllowsNothing() {
        var cut = CorsPolicy.of("");
        assertFalse(cut.enabled());
        assertEquals(Optional.empty(), cut.allowed("https://front.example"));
        assertFalse(CorsPolicy.of(null).enabled());
    }

    @Test
    void onlyConfiguredOriginsAreEchoed() {
        var cut = CorsPolicy.of(" https://front.example , http://localhost:3000/");
        assertTrue(cut.enabled());
        assertEquals(Optional.of("https://front.example"), cut.allowed("https://front.example"));
        assertEquals(Optional.of("HTTPS://Front.Example"), cut.allowed("HTTPS://Front.Example"));
        assertEquals(Optional.of("http://localhost:3000"), cut.allowed("http://localhost:3000"));
        assertEquals(Optional.empty(), cut.allowed("https://front.example.evil.com"));
        assertEquals(Optional.empty(), cut.allowed("http://front.example"));
        assertEquals(Optional.empty(), cut.allowed("null"));
        assertEquals(Optional.empty(), cut.allowed(null));
    }

    @Test
    void preflightsAskOnlyForWhatTheApiUses() {
        var cut = CorsPolicy.of("https://front.example");
        assertTrue(cut.admitsPreflight("POST", "Content-Type, Authorization"));
        assertTrue(cut.admitsPreflight("DELETE", null));
        assertTrue(cut.admitsPreflight("PATCH", null)); // a private room's settings
        assertFalse(cut.admitsPreflight("PROPFIND", null));
        assertFalse(cut.admitsPreflight("POST", "content-type, x-evil"));
        assertFalse(cut.admitsPreflight(null, null));
    }
}
