package vn.lienthong.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What became of a browser's sign-in to the console, left on the request by
 * HubAuthenticationMechanism for the sign-in page to tell the person why.
 */
public enum ConsoleSignInOutcome {
    SIGNED_IN,
    /** Wrong user name or password, or an agency's code (agencies have no console). */
    REFUSED,
    /** A registry account that is not in the administrators' group. */
    NOT_ADMINISTRATOR,
    /** Too many failures from this address: nothing was checked. */
    THROTTLED;

    private static final String ATTRIBUTE = ConsoleSignInOutcome.class.getName();

    void recordOn(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    public static ConsoleSignInOutcome of(HttpServletRequest request) {
        Object outcome = request.getAttribute(ATTRIBUTE);
        return outcome instanceof ConsoleSignInOutcome o ? o : REFUSED;
    }
}
