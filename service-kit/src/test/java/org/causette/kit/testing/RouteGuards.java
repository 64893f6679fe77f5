package org.causette.kit.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The resource methods of a service that do not want a token: those with neither their own nor their class's
 * {@code @RolesAllowed}, or with a {@code @PermitAll}. Every internal route must want the caller's or the gateway's
 * service token; health and metrics are Liberty's, not resources.
 */
public final class RouteGuards {

    private RouteGuards() {
    }

    /** @param classes the service's compiled classes ({@code target/classes}) */
    public static List<String> unguardedRoutes(java.nio.file.Path classes) {
        var unguarded = new ArrayList<String>();
        for (var type : resourceClasses(classes)) {
            for (Method method : type.getDeclaredMethods()) {
                if (!isResourceMethod(method)) {
                    continue;
                }
                boolean permitted = method.isAnnotationPresent(PermitAll.class) || type.isAnnotationPresent(PermitAll.class);
                boolean roles = method.isAnnotationPresent(RolesAllowed.class) || type.isAnnotationPresent(RolesAllowed.class);
                if (permitted || !roles) {
                    unguarded.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        return unguarded;
    }

    /** How many resource classes there are: a guard check that finds none proves nothing. */
    public static int resourceCount(java.nio.file.Path classes) {
        return resourceClasses(classes).size();
    }

    private static boolean isResourceMethod(Method method) {
        return method.isAnnotationPresent(Path.class) || Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static List<Class<?>> resourceClasses(java.nio.file.Path classes) {
        try (var files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace(".class", "").replace('/', '.'))
                    .<Class<?>>map(RouteGuards::load)
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RouteGuards.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }
}
