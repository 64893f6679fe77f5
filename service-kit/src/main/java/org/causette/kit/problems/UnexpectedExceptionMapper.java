package org.causette.kit.problems;

import com.mongodb.MongoException;
import jakarta.jms.JMSRuntimeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;

/** Last resort: a dependency that is down is a 503, anything else a 500 with an incident id, never a stack trace. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final System.Logger LOG = System.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (causedBy(e, jakarta.json.JsonException.class) || causedBy(e, jakarta.json.bind.JsonbException.class)) {
            return Problem.of(400, "malformed-json", "The body is not valid JSON of the expected shape.").toResponse();
        }
        if (causedBy(e, MongoException.class) || causedBy(e, JMSRuntimeException.class)
                || causedBy(e, jakarta.jms.JMSException.class) || causedBy(e, java.net.ConnectException.class)
                || causedBy(e, java.net.SocketTimeoutException.class)
                || causedBy(e, jakarta.ws.rs.ProcessingException.class)) {
            LOG.log(System.Logger.Level.WARNING, "dependency unavailable: {0}", e.getClass().getName());
            return Response.fromResponse(
                    Problem.of(503, "unavailable", "A backing service is unavailable; try again shortly.").toResponse())
                    .header("Retry-After", "2").build();
        }
        var incident = UUID.randomUUID().toString();
        LOG.log(System.Logger.Level.ERROR, "unexpected failure, incident " + incident, e);
        return Problem.of(500, "internal-error", "Unexpected failure; incident " + incident + ".").toResponse();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (var t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
