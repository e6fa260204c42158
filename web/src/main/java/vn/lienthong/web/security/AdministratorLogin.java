package vn.lienthong.web.security;

import com.ibm.websphere.security.auth.CredentialDestroyedException;
import com.ibm.websphere.security.cred.WSCredential;
import jakarta.enterprise.context.ApplicationScoped;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.CredentialExpiredException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks an administrator's user name and password against the user registry configured in
 * server.xml (a basic registry by default, LDAP or another registry in production), through the
 * server's JAAS login configuration {@code WSLogin}, and answers with the groups the registry gives
 * the account (whether it is an administrator is {@link AdministratorGroup}'s question). Nothing
 * about administrators is stored by the hub itself.
 */
@ApplicationScoped
public class AdministratorLogin {

    private static final Logger LOG = Logger.getLogger(AdministratorLogin.class.getName());
    /** The application login configuration every Liberty server defines, backed by its user registry. */
    private static final String LOGIN_CONFIGURATION = "WSLogin";

    /** An account of the server's user registry, and its groups as the registry names them (access ids). */
    public record RegistryAccount(String name, String realm, List<String> groupAccessIds) {
        public RegistryAccount {
            groupAccessIds = List.copyOf(groupAccessIds);
        }
    }

    /** The account, when the registry accepts the password; empty otherwise. */
    public Optional<RegistryAccount> login(String user, char[] password) {
        if (user.isBlank() || password.length == 0) {
            return Optional.empty();
        }
        LoginContext login;
        try {
            login = new LoginContext(LOGIN_CONFIGURATION, callbacks -> answer(callbacks, user, password));
            login.login();
        } catch (LoginException e) {
            LOG.log(Level.FINE, "Administrator sign-in refused for {0}: {1}", new Object[]{user, e.getMessage()});
            return Optional.empty();
        }
        String realm = null;
        List<String> groups = new ArrayList<>();
        for (WSCredential credential : login.getSubject().getPublicCredentials(WSCredential.class)) {
            try {
                realm = credential.getRealmName();
                for (Object group : credential.getGroupIds()) {
                    groups.add(String.valueOf(group));
                }
            } catch (CredentialDestroyedException | CredentialExpiredException e) {
                // A destroyed or expired credential names no group: the account is then no administrator.
                LOG.log(Level.WARNING, "The registry credential of {0} could not be read: {1}", new Object[]{user, e.toString()});
            }
        }
        return Optional.of(new RegistryAccount(user, realm, groups));
    }

    private static void answer(Callback[] callbacks, String user, char[] password) throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(user);
            } else if (callback instanceof PasswordCallback secret) {
                secret.setPassword(password);
            }
            // other callbacks are Liberty's optional extensions (realm, request, token): left unanswered
        }
    }
}
