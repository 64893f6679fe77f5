package org.causette.messaging.history.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.causette.messaging.history.control.History;
import org.causette.messaging.history.entity.ChannelKey;
import org.causette.messaging.history.entity.HistoryItem;
import org.causette.messaging.history.entity.PageRequest;

import java.util.List;

/** A room's delivered messages; the gateway checked that the caller is a member. */
@Path("rooms/{roomId}/messages")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"teen", "adult"})
public class RoomHistoryResource {

    @Inject
    History history;

    @GET
    public List<HistoryItem> page(@PathParam("roomId") String roomId, @QueryParam("before") String before,
                                  @QueryParam("limit") String limit) {
        return history.page(ChannelKey.room(roomId), PageRequest.of(before, limit));
    }
}
