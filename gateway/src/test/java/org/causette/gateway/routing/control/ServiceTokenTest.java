package org.causette.gateway.routing.control;

import org.causette.gateway.security.control.TokenIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ServiceTokenTest {
    private static final Instant START = Instant.parse("2026-12-07T12:00:00Z");

    record Issued(String subject, List<String> groups, Instant expiresAt) {
    }

    final List<Issued> issued = new ArrayList<>();
    ServiceToken cut;

    @BeforeEach
    void setUp() {
        cut = new ServiceToken();
        cut.issuer = new TokenIssuer() {
            @Override
            public String issue(String subject, String nickname, List<String> groups, Map<String, String> claims,
                                Instant expiresAt) {
                issued.add(new Issued(subject, groups, expiresAt));
                return "token-" + issued.size();
            }
        };
        cut.ttlMinutes = 10;
        cut.renewBeforeSeconds = 120;
        cut.instance = "2";
        at(START);
    }

    void at(Instant now) {
        cut.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    @Test
    void signsOneTokenOfTheServiceGroupForItsInstance() {
        assertEquals("Bearer token-1", cut.bearer());
        assertEquals(List.of(new Issued("gateway-2", List.of("service"), START.plus(Duration.ofMinutes(10)))), issued);
    }

    @Test
    void aPodNamedAfterTheGatewayKeepsItsName() {
        cut.instance = "gateway-0";
        cut.bearer();
        assertEquals("gateway-0", issued.get(0).subject());
    }

    @Test
    void reusesTheTokenUntilShortlyBeforeItExpires() {
        cut.bearer();
        at(START.plus(Duration.ofMinutes(7)).plusSeconds(59));
        assertEquals("Bearer token-1", cut.bearer());
        assertEquals(1, issued.size());
    }

    @Test
    void renewsItBeforeItExpires() {
        var first = cut.bearer();
        at(START.plus(Duration.ofMinutes(8)));
        var second = cut.bearer();
        assertNotEquals(first, second);
        assertEquals(START.plus(Duration.ofMinutes(18)), issued.get(1).expiresAt());
        assertEquals(second, cut.bearer());
    }

    @Test
    void aMarginLongerThanTheLifetimeStillLeavesHalfOfItToUseTheToken() {
        cut.renewBeforeSeconds = 3600;
        cut.bearer();
        at(START.plus(Duration.ofMinutes(4)));
        cut.bearer();
        assertEquals(1, issued.size());
        at(START.plus(Duration.ofMinutes(5)));
        cut.bearer();
        assertEquals(2, issued.size());
    }
}
