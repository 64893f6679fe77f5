package org.causette.edge;

import com.ibm.wsspi.http.HttpContainer;
import com.ibm.wsspi.http.HttpInboundConnection;
import com.ibm.wsspi.http.HttpRequest;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Asked first by its virtual host for every request: answers the ones its rule refuses and declines (null) all others,
 * which then go to the web container as usual.
 */
final class EdgeContainer implements HttpContainer {
    private final Function<HttpInboundConnection, Optional<EdgeRefusal>> rule;

    EdgeContainer(Function<HttpInboundConnection, Optional<EdgeRefusal>> rule) {
        this.rule = rule;
    }

    static EdgeContainer forApplication() {
        return new EdgeContainer(c -> EdgeRules.forApplication(c.getRequest().getURI(), headerBytes(c.getRequest())));
    }

    @Override
    public Runnable createRunnableHandler(HttpInboundConnection connection) {
        return rule.apply(connection).<Runnable>map(refusal -> () -> answer(connection, refusal)).orElse(null);
    }

    private static void answer(HttpInboundConnection connection, EdgeRefusal refusal) {
        var body = refusal.body();
        var response = connection.getResponse();
        response.setStatus(refusal.status());
        response.setReason(refusal.title());
        response.setHeader("Content-Type", EdgeRefusal.MEDIA_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // a client that sent this may not be speaking HTTP as the next request on the line would assume
        response.setHeader("Connection", "close");
        response.setContentLength(body.length);
        try (var out = response.getBody()) {
            out.write(body);
        } catch (IOException e) {
            connection.finish(e);
            return;
        }
        connection.finish(null);
    }

    static long headerBytes(HttpRequest request) {
        long total = 0;
        for (var name : request.getHeaderNames()) {
            for (var value : request.getHeaders(name)) {
                total += name.length() + value.length();
            }
        }
        return total;
    }
}
