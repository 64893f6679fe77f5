package org.causette.gateway;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Causette public API", version = "1",
        description = "Anonymous chat with safety at its core. The frozen core is PUBLIC-API.md; staff routes extend it."))
public class GatewayApplication extends Application {
}
