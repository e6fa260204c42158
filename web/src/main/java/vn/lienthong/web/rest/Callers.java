package vn.lienthong.web.rest;

import jakarta.ws.rs.core.SecurityContext;
import vn.lienthong.directory.agency.AgencyCode;

import java.security.Principal;

/** The agency a request comes from, as the authentication mechanism established it. */
public final class Callers {

    private Callers() {
    }

    public static AgencyCode agency(SecurityContext security) {
        Principal principal = security.getUserPrincipal();
        if (principal == null) {
            // The security constraint on /api/* makes this unreachable; never serve anonymously.
            throw new IllegalStateException("No authenticated agency on a protected resource");
        }
        return AgencyCode.of(principal.getName());
    }
}
