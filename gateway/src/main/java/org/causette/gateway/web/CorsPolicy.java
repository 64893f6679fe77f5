package org.causette.gateway.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which web origins other than the gateway's own may call the API from a browser
 * ({@code causette.gateway.cors.origins}, comma-separated, exact {@code scheme://host[:port]}). Empty: none, and no
 * CORS header is ever sent. Credentials are not admitted: the API authenticates with a bearer token, not cookies.
 */
public final class CorsPolicy {
    static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, Causette-Device";
    static final String EXPOSED_HEADERS = "Retry-After, Location";
    static final String MAX_AGE_SECONDS = "600";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> HEADERS = Set.of("authorization", "content-type", "accept", "causette-device");

    private final Set<String> origins;

    private CorsPolicy(Set<String> origins) {
        this.origins = origins;
    }

    public static CorsPolicy of(String configured) {
        if (configured == null || configured.isBlank()) {
            return new CorsPolicy(Set.of());
        }
        return new CorsPolicy(Arrays.stream(configured.split(","))
                .map(String::strip).filter(o -> !o.isEmpty()).map(CorsPolicy::normalised)
                .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean enabled() {
        return !origins.isEmpty();
    }

    /** The origin to echo in {@code Access-Control-Allow-Origin}, when the request's origin is configured. */
    public Optional<String> allowed(String origin) {
        if (origin == null || origin.isBlank() || origin.length() > 255) {
            return Optional.empty();
        }
        return origins.contains(normalised(origin)) ? Optional.of(origin) : Optional.empty();
    }

    /** A preflight asks only for methods and headers the API uses. */
    public boolean admitsPreflight(String method, String requestHeaders) {
        if (method == null || !METHODS.contains(method.strip())) {
            return false;
        }
        if (requestHeaders == null || requestHeaders.isBlank()) {
            return true;
        }
        return Arrays.stream(requestHeaders.split(",")).map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).allMatch(HEADERS::contains);
    }

    private static String normalised(String origin) {
        var o = origin.strip().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
