package org.causette.kit.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.causette.contracts.Audience;
import org.causette.contracts.Sender;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, read from the verified token the gateway forwarded (services run MicroProfile JWT). */
@RequestScoped
public class Caller {

    @Inject
    Instance<JsonWebToken> tokens;

    private JsonWebToken token() {
        return tokens.get();
    }

    public String sessionId() {
        return token().getSubject();
    }

    public String nickname() {
        return token().getClaim("nickname");
    }

    public Audience bracket() {
        String bracket = token().getClaim("bracket");
        return bracket == null ? null : Audience.valueOf(bracket);
    }

    public String gender() {
        return token().getClaim("gender");
    }

    public String region() {
        return token().getClaim("region");
    }

    public boolean isStaff() {
        return token().getGroups().contains("moderator") || token().getGroups().contains("admin");
    }

    public boolean inGroup(String group) {
        return token().getGroups().contains(group);
    }

    public Sender asSender() {
        return new Sender(sessionId(), nickname(), bracket());
    }
}
