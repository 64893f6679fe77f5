package org.causette.gateway.security.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A chat route a banned session may still use: contesting the ban (DSA Art. 20) and ending the session. Every other
 * chat route answers {@code 403 banned}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface BannedToo {
}
