package vn.lienthong.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.lienthong.directory.AgencyAuthenticator;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.web.problem.Problem;
import vn.lienthong.web.problem.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Agency software signs in with HTTP Basic: user name = agency code, password = the agency's
 * secret. A missing or wrong credential on a protected path is answered 401 with a problem
 * document (never the server's HTML error page), so client software can tell why.
 */
@ApplicationScoped
public class AgencyAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The role every signed-in agency has (web.xml protects /api/* with it). */
    public static final String AGENCY_ROLE = "agency";

    private static final String REALM = "Basic realm=\"LienThong\", charset=\"UTF-8\"";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    AgencyAuthenticator authenticator;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<AgencyCode> agency = basic(header.substring(6).strip());
            if (agency.isPresent()) {
                return context.notifyContainerAboutLogin(agency.get().value(), Set.of(AGENCY_ROLE));
            }
            return refuse(request, response, "INVALID_CREDENTIALS",
                    "The agency code or secret is wrong, or the agency is not active",
                    "Mã định danh hoặc mật khẩu không đúng, hoặc cơ quan không còn hoạt động");
        }
        if (context.isProtected()) {
            return refuse(request, response, "UNAUTHENTICATED",
                    "Sign in as your agency (HTTP Basic: agency code and secret)",
                    "Cần đăng nhập bằng mã định danh và mật khẩu của cơ quan (HTTP Basic)");
        }
        return context.doNothing();
    }

    private Optional<AgencyCode> basic(String encoded) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String pair = new String(decoded, StandardCharsets.UTF_8);
        Arrays.fill(decoded, (byte) 0);
        int colon = pair.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        char[] secret = pair.substring(colon + 1).toCharArray();
        try {
            return authenticator.authenticate(pair.substring(0, colon), secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, String code,
                                               String en, String vi) {
        Problem problem = Problems.of(code, en, vi, request.getRequestURI());
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", REALM);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(JSON.toJson(problem));
        } catch (IOException e) {
            // the client went away; there is no one left to tell
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
