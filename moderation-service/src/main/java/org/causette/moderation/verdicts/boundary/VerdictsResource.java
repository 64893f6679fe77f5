package org.causette.moderation.verdicts.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.causette.kit.problems.ProblemException;
import org.causette.moderation.engine.Context;
import org.causette.moderation.verdicts.control.Screening;
import org.causette.moderation.verdicts.control.Verdicts;
import org.causette.moderation.verdicts.entity.NameCheck;
import org.causette.moderation.verdicts.entity.NameVerdict;

/** Screens a nickname or a room name: the gateway asks with its service token, before a chatter's session exists. */
@Path("verdicts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("service")
public class VerdictsResource {

    @Inject
    Screening screening;

    @POST
    public NameVerdict check(@Valid @NotNull NameCheck request) {
        var context = switch (request.context()) {
            case "nickname" -> Context.NICKNAME;
            case "room-name" -> Context.ROOM_NAME;
            default -> throw ProblemException.invalidField("context", "nickname or room-name");
        };
        var verdict = screening.name(request.text(), context);
        return new NameVerdict(Verdicts.action(verdict.action()).name(), verdict.categories(), verdict.reason());
    }
}
