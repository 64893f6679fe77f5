package org.causette.gateway.stream.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * The handshake as the WebSocket container sees it: its query string is replaced by a random handle, so the token
 * or ticket it carried is in no object the container keeps (Liberty's incident dumps print the query string of a
 * stream that fails on a protocol error), and it has no HTTP session.
 */
class RedactedHandshake extends HttpServletRequestWrapper {
    static final String PARAMETER = "stream";

    private final String handle;

    RedactedHandshake(HttpServletRequest request, String handle) {
        super(request);
        this.handle = handle;
    }

    static String queryOf(String handle) {
        return PARAMETER + "=" + handle;
    }

    /** No HTTP session: the container would otherwise create one per stream and keep it for half an hour. */
    @Override
    public HttpSession getSession(boolean create) {
        return null;
    }

    @Override
    public HttpSession getSession() {
        return null;
    }

    @Override
    public String getQueryString() {
        return queryOf(handle);
    }

    @Override
    public String getParameter(String name) {
        return PARAMETER.equals(name) ? handle : null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Map.of(PARAMETER, new String[]{handle});
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(java.util.List.of(PARAMETER));
    }

    @Override
    public String[] getParameterValues(String name) {
        return PARAMETER.equals(name) ? new String[]{handle} : null;
    }
}
