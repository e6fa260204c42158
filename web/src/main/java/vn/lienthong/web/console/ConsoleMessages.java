package vn.lienthong.web.console;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import vn.lienthong.platform.BusinessException;

import java.text.MessageFormat;
import java.util.Optional;

/**
 * What an action tells the administrator: a sentence from the console's bundle, or the service's
 * own refusal in the console's language (the same bilingual texts the API's problem documents carry).
 */
@RequestScoped
public class ConsoleMessages {

    @Inject
    ConsoleLocale locale;

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** A refusal of a service: shown, not thrown, so the page stays where the administrator was. */
    public void refused(RuntimeException e) {
        BusinessException refusal = businessCause(e).orElseThrow(() -> e);
        add(FacesMessage.SEVERITY_ERROR, (locale.isVietnamese() ? refusal.messageVi() : refusal.messageEn())
                + " (" + refusal.code() + ")");
    }

    public String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale.getLocale()).format(arguments);
    }

    private static Optional<BusinessException> businessCause(Throwable e) {
        for (Throwable t = e; t != null; t = t instanceof EJBException ejb && ejb.getCausedByException() != null
                ? ejb.getCausedByException() : t.getCause()) {
            if (t instanceof BusinessException b) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, text, null));
        // Actions answer with a redirect (POST, then GET): the message must survive it.
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
