package vn.lienthong.web.security;

import jakarta.enterprise.context.ApplicationScoped;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks an administrator's user name and password against the user registry configured in
 * server.xml (a basic registry by default, LDAP or another registry in production), through the
 * server's JAAS login configuration {@code WSLogin}. Nothing about administrators is stored by the
 * hub itself.
 */
@ApplicationScoped
public class AdministratorLogin {

    private static final Logger LOG = Logger.getLogger(AdministratorLogin.class.getName());
    /** The application login configuration every Liberty server defines, backed by its user registry. */
    private static final String LOGIN_CONFIGURATION = "WSLogin";

    public boolean login(String user, char[] password) {
        if (user.isBlank() || password.length == 0) {
            return false;
        }
        try {
            LoginContext login = new LoginContext(LOGIN_CONFIGURATION, callbacks -> answer(callbacks, user, password));
            login.login();
            return true;
        } catch (LoginException e) {
            LOG.log(Level.FINE, "Administrator sign-in refused for {0}: {1}", new Object[]{user, e.getMessage()});
            return false;
        }
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
