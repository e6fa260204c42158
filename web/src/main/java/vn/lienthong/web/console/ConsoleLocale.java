package vn.lienthong.web.console;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/**
 * The console's language for one browser session: Vietnamese unless the administrator switches
 * to English (the switch is a POST like every other action).
 */
@Named
@SessionScoped
public class ConsoleLocale implements Serializable {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final long serialVersionUID = 1L;

    private Locale locale = VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isVietnamese() {
        return "vi".equals(locale.getLanguage());
    }

    /** Switches between Vietnamese and English and shows the same page again. */
    public String toggle() {
        locale = isVietnamese() ? Locale.ENGLISH : VIETNAMESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
