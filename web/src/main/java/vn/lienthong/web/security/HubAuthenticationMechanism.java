package vn.lienthong.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.credential.AgencyAuthenticator;
import vn.lienthong.directory.credential.AgencyCertificates;
import vn.lienthong.directory.credential.SecretCheck;
import vn.lienthong.web.limit.ClientAddress;
import vn.lienthong.web.problem.Problem;
import vn.lienthong.web.problem.Problems;
import vn.lienthong.web.problem.ServletProblems;
import vn.lienthong.web.problem.UnexpectedErrorMapper;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
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
 * A missing or wrong credential on a
 * protected path is answered 401 with a problem document (never the server's HTML error page), so
 * client software can tell why. Where TLS is required, credentials over plain HTTP are refused
 * unread (TlsRequirement, 403); a client that failed too often is told to wait (SignInThrottle, 429).
 */
@ApplicationScoped
public class HubAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The role every signed-in agency has (web.xml protects /api/* with it). */
    public static final String AGENCY_ROLE = "agency";
    /** The role of the server registry's accounts (web.xml protects /api/v1/admin/* with it). */
    public static final String ADMINISTRATOR_ROLE = "administrator";

    private static final Logger LOG = Logger.getLogger(HubAuthenticationMechanism.class.getName());
    private static final String CLIENT_CERTIFICATES = "jakarta.servlet.request.X509Certificate";
    private static final String REALM = "Basic realm=\"LienThong\", charset=\"UTF-8\"";
    /** Longer user names are no account of the hub: refused unread, and never kept as a key in memory. */
    private static final int LONGEST_USER = 256;

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

    @Inject
    SignInThrottle throttle;

    @Inject
    TlsRequirement tls;

    /** Whether agencies may still sign in with their secret; false leaves client certificates only. */
    @Inject
    @ConfigProperty(name = "lienthong.auth.agency-basic", defaultValue = "true")
    boolean agencyBasic;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if ((header != null || context.isProtected()) && tls.refuses(request)) {
            // Not checked, not counted: the secret already crossed the network in clear, and no
            // WWW-Authenticate challenge invites the next one to.
            LOG.log(Level.FINE, "Refused credentials over plain HTTP from {0}", request.getRemoteAddr());
            return send(response, tls.refusal(request));
        }
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return consoleSignIn(request, context, credential);
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                return basic(request, response, context, header.substring(6).strip());
            } catch (RuntimeException e) {
                if (UnexpectedErrorMapper.dependencyUnavailable(e)) {
                    return unavailable(request, response);
                }
                throw e;
            }
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
                SignInMethod.CERTIFICATE.recordOn(request);
                return context.notifyContainerAboutLogin(agency.get().value(), Set.of(AGENCY_ROLE));
            }
            if (context.isProtected()) {
                return refuse(request, response, "INVALID_CREDENTIALS",
                        "The client certificate is not registered to an active agency",
                        "Chứng thư số của máy khách chưa được đăng ký cho cơ quan nào đang hoạt động");
            }
        }
        if (ConsoleSession.isConsole(request)) {
            Optional<String> administrator = ConsoleSession.administrator(request);
            if (administrator.isPresent()) {
                return context.notifyContainerAboutLogin(administrator.get(), Set.of(ADMINISTRATOR_ROLE));
            }
            if (context.isProtected()) {
                // A browser, not client software: it is shown the sign-in page rather than a problem document.
                return context.redirect(ConsoleSession.signInAddress(request));
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
     * An agency code and secret, or an administrator's account and password. A client that failed
     * too often is told to wait before anything is checked (SignInThrottle); only a new wrong
     * guess counts as a failure.
     */
    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context, String encoded) {
        Optional<BasicCredentials> credentials = BasicCredentials.decode(encoded);
        if (credentials.isEmpty() || credentials.get().user().length() > LONGEST_USER) {
            return refuseCredentials(request, response);
        }
        String user = credentials.get().user();
        char[] secret = credentials.get().secret();
        try {
            Optional<AgencyCode> agency = AgencyCode.tryParse(user);
            if (agency.isPresent() && !agencyBasic) {
                return refuseCredentials(request, response); // the operator requires client certificates of agencies
            }
            ClientAddress client = ClientAddress.of(request.getRemoteAddr());
            String account = agency.map(code -> "agency " + code.value()).orElse("administrator " + user);
            Optional<Duration> wait = throttle.waitBefore(client, account);
            if (wait.isPresent()) {
                return throttled(request, response, wait.get());
            }
            if (agency.isPresent()) {
                SecretCheck check = authenticator.check(user, secret);
                if (check.signedIn()) {
                    throttle.succeeded(client, account);
                    (check == SecretCheck.PREVIOUS_SECRET ? SignInMethod.PREVIOUS_SECRET : SignInMethod.SECRET).recordOn(request);
                    return context.notifyContainerAboutLogin(agency.get().value(), Set.of(AGENCY_ROLE));
                }
                if (check == SecretCheck.REFUSED) {
                    throttle.failed(client, account);
                }
                return refuseCredentials(request, response);
            }
            Optional<AdministratorLogin.RegistryAccount> registryAccount = administrators.login(user, secret);
            if (registryAccount.isPresent()) {
                throttle.succeeded(client, account);
                SignInMethod.ADMINISTRATOR_PASSWORD.recordOn(request);
                return context.notifyContainerAboutLogin(user, rolesOf(registryAccount.get()));
            }
            throttle.failed(client, account);
            return refuseCredentials(request, response);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /**
     * A registry account in the administrators' group is an administrator; any other is signed in
     * with no role at all, so every protected path answers it 403 (an employee's LDAP account is
     * not a key to the hub).
     */
    private Set<String> rolesOf(AdministratorLogin.RegistryAccount account) {
        if (new AdministratorGroup(administratorGroup).containsAnyOf(account.realm(), account.groupAccessIds())) {
            return Set.of(ADMINISTRATOR_ROLE);
        }
        LOG.log(Level.FINE, "{0} signed in with the user registry but is not in the group {1}: no administrator role",
                new Object[]{account.name(), administratorGroup});
        return Set.of();
    }

    /**
     * A browser signing in to the console (the sign-in page calls SecurityContext.authenticate):
     * administrators only, throttled like every other sign-in. A refusal writes nothing to the
     * response; the page says why (ConsoleSignInOutcome).
     */
    private AuthenticationStatus consoleSignIn(HttpServletRequest request, HttpMessageContext context,
                                               UsernamePasswordCredential credential) {
        String user = credential.getCaller();
        char[] password = credential.getPassword().getValue();
        try {
            if (user == null || user.isBlank() || user.length() > LONGEST_USER || AgencyCode.tryParse(user).isPresent()) {
                ConsoleSignInOutcome.REFUSED.recordOn(request);
                return context.doNothing();
            }
            ClientAddress client = ClientAddress.of(request.getRemoteAddr());
            String account = "administrator " + user;
            if (throttle.waitBefore(client, account).isPresent()) {
                ConsoleSignInOutcome.THROTTLED.recordOn(request);
                return context.doNothing();
            }
            Optional<AdministratorLogin.RegistryAccount> registryAccount = administrators.login(user, password);
            if (registryAccount.isEmpty()) {
                throttle.failed(client, account);
                ConsoleSignInOutcome.REFUSED.recordOn(request);
                return context.doNothing();
            }
            throttle.succeeded(client, account);
            if (!rolesOf(registryAccount.get()).contains(ADMINISTRATOR_ROLE)) {
                ConsoleSignInOutcome.NOT_ADMINISTRATOR.recordOn(request);
                return context.doNothing();
            }
            ConsoleSession.signedIn(request, user);
            SignInMethod.ADMINISTRATOR_PASSWORD.recordOn(request);
            ConsoleSignInOutcome.SIGNED_IN.recordOn(request);
            return context.notifyContainerAboutLogin(user, Set.of(ADMINISTRATOR_ROLE));
        } finally {
            credential.getPassword().clear();
            Arrays.fill(password, '\0');
        }
    }

    /** The user name and password of an HTTP Basic header. */
    private record BasicCredentials(String user, char[] secret) {

        static Optional<BasicCredentials> decode(String encoded) {
            byte[] decoded;
            try {
                decoded = Base64.getDecoder().decode(encoded);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            String pair = new String(decoded, StandardCharsets.UTF_8);
            Arrays.fill(decoded, (byte) 0);
            int colon = pair.indexOf(':');
            return colon < 1 ? Optional.empty()
                    : Optional.of(new BasicCredentials(pair.substring(0, colon), pair.substring(colon + 1).toCharArray()));
        }
    }

    private static AuthenticationStatus refuseCredentials(HttpServletRequest request, HttpServletResponse response) {
        return refuse(request, response, "INVALID_CREDENTIALS",
                "The user name or secret is wrong, or the agency is not active",
                "Tên đăng nhập hoặc mật khẩu không đúng, hoặc cơ quan không còn hoạt động");
    }

    private static AuthenticationStatus throttled(HttpServletRequest request, HttpServletResponse response, Duration wait) {
        long seconds = ServletProblems.retryAfterSeconds(wait);
        ServletProblems.sendLater(response, Problems.of("SIGN_IN_THROTTLED",
                "Too many failed sign-ins from this address: try again in " + seconds + " s. Nothing was checked",
                "Đăng nhập sai quá nhiều lần từ địa chỉ này: vui lòng thử lại sau " + seconds + " giây. Thông tin đăng nhập chưa được kiểm tra",
                request.getRequestURI()), wait);
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The directory cannot be read (database away): not the caller's fault, so 503, not 401. */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        ServletProblems.sendLater(response, Problems.of("UNAVAILABLE",
                "The hub cannot check credentials right now: the database is unreachable. Try again in "
                        + UnexpectedErrorMapper.RETRY_AFTER_SECONDS + " s",
                "Trục tạm thời không kiểm tra được thông tin đăng nhập: không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau "
                        + UnexpectedErrorMapper.RETRY_AFTER_SECONDS + " giây", request.getRequestURI()),
                Duration.ofSeconds(UnexpectedErrorMapper.RETRY_AFTER_SECONDS));
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, String code,
                                               String en, String vi) {
        response.setHeader("WWW-Authenticate", REALM);
        return send(response, Problems.of(code, en, vi, request.getRequestURI()));
    }

    private static AuthenticationStatus send(HttpServletResponse response, Problem problem) {
        ServletProblems.send(response, problem);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
