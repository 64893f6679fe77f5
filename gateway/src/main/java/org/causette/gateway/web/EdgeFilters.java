package org.causette.gateway.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.causette.kit.health.HeapAfterGc;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.EnumSet;

/**
 * Registers {@link RequestGuard}, then {@link CorsFilter}, ahead of every declared filter (annotated filters have no
 * defined order; filters added here with isMatchAfter=false run before all of them, in the order added).
 */
@WebListener
public class EdgeFilters implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var config = ConfigProvider.getConfig();
        var admission = new Admission(HeapAfterGc.ofThisJvm(),
                config.getValue("causette.gateway.shedding.heap-after-gc-percent", Integer.class) / 100.0,
                config.getValue("causette.gateway.shedding.max-concurrent-requests", Integer.class));
        var guard = event.getServletContext().addFilter("requestGuard", new RequestGuard(admission));
        guard.setAsyncSupported(true);
        guard.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        var cors = event.getServletContext().addFilter("cors", new CorsFilter(CorsPolicy.of(
                config.getOptionalValue("causette.gateway.cors.origins", String.class).orElse(""))));
        cors.setAsyncSupported(true);
        cors.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    }
}
