package vn.lienthong.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * How the caller of a request proved who it is, kept as a request attribute by the
 * authentication mechanism for the operations that depend on it (an agency signed in with the
 * secret a rotation replaced may not choose the next one).
 */
public enum SignInMethod {
    CERTIFICATE, SECRET, PREVIOUS_SECRET, ADMINISTRATOR_PASSWORD;

    static final String ATTRIBUTE = SignInMethod.class.getName();

    void recordOn(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** How the request's caller signed in; a request that reached a protected resource always has one. */
    public static SignInMethod of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof SignInMethod method) {
            return method;
        }
        throw new IllegalStateException("No sign-in recorded on a signed-in request");
    }
}
