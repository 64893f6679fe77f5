package org.causette.gateway.security.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A chat route that staff accounts with the role trusted-flagger (DSA Art. 22) may use too: reporting. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TrustedFlaggersToo {
}
