package org.causette.gateway.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestLineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "M1       | /health/ready            | -         | method-not-allowed",
            "PROPFIND | /api/v1/rooms            | -         | method-not-allowed",
            "get      | /                        | -         | method-not-allowed",
            "GET      | /api/v1/rooms/a%2Fb      | -         | malformed-path",
            "GET      | /api/v1/rooms/%2e%2e     | -         | malformed-path",
            "GET      | /api/v1/rooms/a%00b      | -         | malformed-path",
            "GET      | /api/v1/rooms/%zz        | -         | malformed-path",
            "GET      | /api/v1/rooms/%4         | -         | malformed-path",
            "GET      | /api/v1/rooms/../x       | -         | malformed-path",
            "GET      | /api/v1//rooms           | -         | malformed-path",
            "GET      | /index.html;jsessionid=1 | -         | malformed-path",
            "GET      | /a%5cb                   | -         | malformed-path",
            "GET      | /api/v1/stream           | %zz=1     | malformed-query",
            "GET      | /api/v1/stream           | a=%00     | malformed-query",
            "GET      | /api/v1/stream           | a=%4      | malformed-query",
    })
    void refusesWithACode(String method, String path, String query, String code) {
        assertEquals(code, RequestLine.refusal(method, path, query).orElseThrow().code());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "GET     | /                            | -",
            "GET     | /api/v1/rooms/plus-de-40/messages | before=abc&limit=20",
            "POST    | /api/v1/sessions             | -",
            "PATCH   | /api/v1/rooms/r%C3%A9union   | -",
            "OPTIONS | /api/v1/rooms                | -",
            "GET     | /api/v1/stream               | access_token=a.b-c_d%3D",
    })
    void letsOrdinaryRequestsThrough(String method, String path, String query) {
        assertTrue(RequestLine.refusal(method, path, query).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void longUrisAreRefused() {
        assertEquals("uri-too-long", RequestLine.refusal("GET", "/" + "a".repeat(5000), null).orElseThrow().code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=UTF-8", "Application/JSON;charset=\"utf-8\"",
            "application/merge-patch+json"})
    void jsonContentTypes(String type) {
        assertTrue(RequestLine.isJsonContentType(type));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ";;;", "text/plain", "application/json; charset=foo", "application/json;charset=latin1",
            "application/json; x", "application/xml"})
    void otherContentTypes(String type) {
        assertFalse(RequestLine.isJsonContentType(type));
    }
}
