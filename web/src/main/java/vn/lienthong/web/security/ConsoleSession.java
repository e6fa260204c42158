package vn.lienthong.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.Optional;

/**
 * The administrators' console keeps its sign-in in the HTTP session, for browsers; the session
 * counts on the console's own paths only, so a console cookie never signs a call to /api/* or
 * /soap/* in (those keep their per-request credentials, and a forged cross-site request to them
 * carries none).
 */
public final class ConsoleSession {

    /** Where the console lives, below the context root. */
    public static final String PATH = "/console/";
    public static final String SIGN_IN_PAGE = PATH + "sign-in.xhtml";
    private static final String ADMINISTRATOR = ConsoleSession.class.getName() + ".administrator";

    private ConsoleSession() {
    }

    public static boolean isConsole(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(PATH) || path.equals(PATH.substring(0, PATH.length() - 1));
    }

    /** The administrator this browser signed in as, if it did. */
    public static Optional<String> administrator(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(ADMINISTRATOR));
    }

    /** Remembers the administrator under a new session id, so that a session id planted before the sign-in is worth nothing. */
    static void signedIn(HttpServletRequest request, String administrator) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(ADMINISTRATOR, administrator);
    }

    /** The address of the sign-in page on this server. */
    public static String signInAddress(HttpServletRequest request) {
        return request.getContextPath() + SIGN_IN_PAGE;
    }
}
