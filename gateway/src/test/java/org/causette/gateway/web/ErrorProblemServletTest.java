package org.causette.gateway.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ErrorProblemServletTest {

    @Test
    void containerRefusalsBecomeProblemsWithCodes() {
        assertEquals("malformed-request", ErrorProblemServlet.problemFor(400, null).code());
        assertEquals("not-found", ErrorProblemServlet.problemFor(404, null).code());
        assertEquals(405, ErrorProblemServlet.problemFor(501, null).status());
    }

    @Test
    void undecodableRequestsReportedAsFailuresAreClientErrors() {
        var failure = new IOException("CWWWC0005I: The request URI has invalid or improperly encoded characters");
        assertEquals(400, ErrorProblemServlet.problemFor(500, new RuntimeException(failure)).status());
        assertEquals(400, ErrorProblemServlet.problemFor(500, new IllegalArgumentException("bad")).status());
    }

    @Test
    void otherFailuresStayInternalWithoutDetail() {
        var problem = ErrorProblemServlet.problemFor(500, new IllegalStateException("secret detail"));
        assertEquals(500, problem.status());
        assertEquals("Unexpected failure.", problem.detail());
    }
}
