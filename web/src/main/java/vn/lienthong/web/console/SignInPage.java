package vn.lienthong.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.lienthong.web.security.ConsoleSignInOutcome;

import java.util.ResourceBundle;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * The console's sign-in form: the account and password go to HubAuthenticationMechanism through
 * SecurityContext, which checks them against the server's user registry and the administrators'
 * group exactly as for the administration API.
 */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String user;
    private String password;

    public String signIn() {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(user, new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            return "/console/index.xhtml?faces-redirect=true";
        }
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        String key = switch (ConsoleSignInOutcome.of(request)) {
            case THROTTLED -> "signIn.throttled";
            case NOT_ADMINISTRATOR -> "signIn.notAdministrator";
            default -> "signIn.refused";
        };
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString(key), null));
        return null;
    }

    /** Ends the session: the next console page asks for the sign-in again. */
    public String signOut() throws jakarta.servlet.ServletException {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        faces.getExternalContext().invalidateSession();
        request.logout();
        return "/console/sign-in.xhtml?faces-redirect=true";
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
