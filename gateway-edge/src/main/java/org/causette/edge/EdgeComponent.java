package org.causette.edge;

import com.ibm.wsspi.http.VirtualHost;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Declarative Services component (OSGI-INF/org.causette.edge.xml): puts an {@link EdgeContainer} on every virtual
 * host as soon as the host appears, before any application, so that the host asks it first (Liberty asks a host's
 * containers in the order they were added). default_host gets the misdirected-request rule, every other host the
 * request rule.
 */
public final class EdgeComponent {
    /** Only named in Liberty's "Web application available" message; the edge never serves it. */
    static final String CONTEXT_ROOT = "/.causette-edge";
    static final String DEFAULT_HOST = "default_host";

    private final Map<VirtualHost, EdgeContainer> containers = new ConcurrentHashMap<>();

    public void bind(VirtualHost host) {
        var container = DEFAULT_HOST.equals(host.getName())
                ? new EdgeContainer(c -> EdgeRules.forDefaultHost(c.getLocalPort(), portsOfNamedHosts()))
                : EdgeContainer.forApplication();
        containers.put(host, container);
        host.addContextRoot(CONTEXT_ROOT, container);
    }

    public void unbind(VirtualHost host) {
        var container = containers.remove(host);
        if (container != null) {
            host.removeContextRoot(CONTEXT_ROOT, container);
        }
    }

    /** Read per request (only default_host's few requests ask): aliases change with the server's configuration. */
    private Set<Integer> portsOfNamedHosts() {
        return containers.keySet().stream()
                .filter(host -> !DEFAULT_HOST.equals(host.getName()))
                .flatMap(host -> host.getAliases().stream())
                .map(EdgeRules::aliasPort)
                .filter(port -> port > 0)
                .collect(Collectors.toUnmodifiableSet());
    }
}
