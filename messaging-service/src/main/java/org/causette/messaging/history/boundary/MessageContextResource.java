package org.causette.messaging.history.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.causette.contracts.Channel;
import org.causette.kit.problems.ProblemException;
import org.causette.messaging.history.control.MessageContexts;
import org.causette.messaging.history.entity.MessageContext;
import org.causette.messaging.history.entity.ChannelKey;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * For a moderator's case file: the delivered messages around a reported one in its room or conversation. The
 * message may never have been delivered (held or blocked), so the caller gives its channel and the time it was sent.
 */
@Path("messages/{id}/context")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"moderator", "admin"})
public class MessageContextResource {
    static final int DEFAULT_COUNT = 5;
    static final int MAX_COUNT = 20;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Inject
    MessageContexts contexts;

    @GET
    public MessageContext around(@PathParam("id") String messageId, @QueryParam("room") String room,
                                 @QueryParam("conversation") String conversation, @QueryParam("sentAt") String sentAt,
                                 @QueryParam("count") String count) {
        if (!ID.matcher(messageId).matches()) {
            throw ProblemException.invalidField("id", "a message id");
        }
        if ((room == null) == (conversation == null)) {
            throw ProblemException.invalidField("room", "exactly one of room and conversation");
        }
        var id = room != null ? room : conversation;
        if (!ID.matcher(id).matches()) {
            throw ProblemException.invalidField(room != null ? "room" : "conversation", "an id");
        }
        var channel = new ChannelKey(room != null ? Channel.Kind.room : Channel.Kind.conversation, id);
        return contexts.around(channel, messageId, instant(sentAt), count(count));
    }

    private static Instant instant(String sentAt) {
        if (sentAt == null || sentAt.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(sentAt.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("sentAt", "an ISO-8601 UTC time");
        }
    }

    private static int count(String count) {
        if (count == null || count.isBlank()) {
            return DEFAULT_COUNT;
        }
        try {
            int n = Integer.parseInt(count.strip());
            if (n >= 1 && n <= MAX_COUNT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.invalidField("count", "an integer from 1 to " + MAX_COUNT);
    }
}
