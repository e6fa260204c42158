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
import vn.lienthong.directory.AgencyCertificates;
import vn.lienthong.directory.AgencyCode;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.security.cert.X509Certificate;
import vn.lienthong.web.problem.Problem;
import vn.lienthong.web.problem.Problems;
import vn.lienthong.web.problem.UnexpectedErrorMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Agencies sign in with a client certificate registered to them (mutual TLS), or with HTTP Basic
 * (agency code and secret) unless the operator turns that off. Administrators sign in with HTTP
 * Basic. A Basic user name that is an agency code is an agency: its secret is checked against the
 * directory. Any other user name is an account of the server's user registry (server.xml), and an
 * administrator only when the registry puts it in the administrators' group ({@code admin.group}),
 * so operators manage administrators where they manage the server, never in the hub's database.
 * A missing or wrong credential on a protected path is answered 401 with a problem document (never the server's HTML error page), so
 * client software can tell why.
 */
@ApplicationScoped
public class HubAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The role every signed-in agency has (web.xml protects /api/* with it). */
    public static final String AGENCY_ROLE = "agency";
    /** The role of the server registry's accounts (web.xml protects /api/v1/admin/* with it). */
    public static final String ADMINISTRATOR_ROLE = "administrator";

    private static final String CLIENT_CERTIFICATES = "jakarta.servlet.request.X509Certificate";
    private static final String REALM = "Basic realm=\"LienThong\", charset=\"UTF-8\"";
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Logger LOG = Logger.getLogger(HubAuthenticationMechanism.class.getName());

    @Inject
    AgencyAuthenticator authenticator;

    @Inject
    AdministratorLogin administrators;

    @Inject
    AgencyCertificates certificates;

    /** The registry group whose members are administrators (admin-*.xml, variable admin.group). */
    @Inject
    @ConfigProperty(name = "admin.group", defaultValue = AdministratorGroup.DEFAULT)
    String administratorGroup;

    /** Whether agencies may still sign in with their secret; false leaves client certificates only. */
    @Inject
    @ConfigProperty(name = "lienthong.auth.agency-basic", defaultValue = "true")
    boolean agencyBasic;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<SignedIn> caller;
            try {
                caller = basic(header.substring(6).strip());
            } catch (RuntimeException e) {
                if (UnexpectedErrorMapper.dependencyUnavailable(e)) {
                    return unavailable(request, response);
                }
                throw e;
            }
            if (caller.isPresent()) {
                return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
            }
            return refuse(request, response, "INVALID_CREDENTIALS",
                    "The user name or secret is wrong, or the agency is not active",
                    "Tên đăng nhập hoặc mật khẩu không đúng, hoặc cơ quan không còn hoạt động");
        }
        if (request.getAttribute(CLIENT_CERTIFICATES) instanceof X509Certificate[] chain && chain.length > 0) {
            Optional<AgencyCode> agency;
            try {
                agency = certificates.signIn(chain[0]);
            } catch (RuntimeException e) {
                if (UnexpectedErrorMapper.dependencyUnavailable(e)) {
                    return unavailable(request, response);
                }
                throw e;
            }
            if (agency.isPresent()) {
                return context.notifyContainerAboutLogin(agency.get().value(), Set.of(AGENCY_ROLE));
            }
            if (context.isProtected()) {
                return refuse(request, response, "INVALID_CREDENTIALS",
                        "The client certificate is not registered to an active agency",
                        "Chứng thư số của máy khách chưa được đăng ký cho cơ quan nào đang hoạt động");
            }
        }
        if (context.isProtected()) {
            return refuse(request, response, "UNAUTHENTICATED",
                    "Sign in (HTTP Basic: agency code and secret, or an administrator account)",
                    "Cần đăng nhập (HTTP Basic: mã định danh và mật khẩu của cơ quan, hoặc tài khoản quản trị)");
        }
        return context.doNothing();
    }

    /**
     * A caller the hub vouches for, and the roles it gives them (Liberty maps a group to the role of
     * the same name when the application binds none): {@code agency} for an agency,
     * {@code administrator} for a member of the administrators' registry group, none for any other
     * registry account.
     */
    private record SignedIn(String name, Set<String> groups) {
    }

    private Optional<SignedIn> basic(String encoded) {
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
        String user = pair.substring(0, colon);
        char[] secret = pair.substring(colon + 1).toCharArray();
        try {
            if (AgencyCode.tryParse(user).isPresent()) {
                if (!agencyBasic) {
                    return Optional.empty(); // the operator requires client certificates of agencies
                }
                return authenticator.authenticate(user, secret).map(a -> new SignedIn(a.value(), Set.of(AGENCY_ROLE)));
            }
            return administrators.login(user, secret).map(this::administratorOrNot);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /**
     * A registry account in the administrators' group is an administrator; any other is signed in
     * with no role at all, so every protected path answers it 403 (an employee's LDAP account is
     * not a key to the hub).
     */
    private SignedIn administratorOrNot(AdministratorLogin.RegistryAccount account) {
        if (new AdministratorGroup(administratorGroup).containsAnyOf(account.realm(), account.groupAccessIds())) {
            return new SignedIn(account.name(), Set.of(ADMINISTRATOR_ROLE));
        }
        LOG.log(Level.FINE, "{0} signed in with the user registry but is not in the group {1}: no administrator role",
                new Object[]{account.name(), administratorGroup});
        return new SignedIn(account.name(), Set.of());
    }

    /** The directory cannot be read (database away): not the caller's fault, so 503, not 401. */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Retry-After", Integer.toString(UnexpectedErrorMapper.RETRY_AFTER_SECONDS));
        return write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, Problems.of("UNAVAILABLE",
                "The hub cannot check credentials right now: the database is unreachable. Try again in "
                        + UnexpectedErrorMapper.RETRY_AFTER_SECONDS + " s",
                "Trục tạm thời không kiểm tra được thông tin đăng nhập: không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau "
                        + UnexpectedErrorMapper.RETRY_AFTER_SECONDS + " giây", request.getRequestURI()));
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, String code,
                                               String en, String vi) {
        response.setHeader("WWW-Authenticate", REALM);
        return write(response, HttpServletResponse.SC_UNAUTHORIZED, Problems.of(code, en, vi, request.getRequestURI()));
    }

    private static AuthenticationStatus write(HttpServletResponse response, int status, Problem problem) {
        response.setStatus(status);
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
