package vn.lienthong.platform;

/**
 * An act the caller's role does not allow (exchanging documents is for agencies, changing the
 * directory for administrators, opening a reporting period for the regime's issuer): FORBIDDEN.
 */
public class NotAllowedException extends BusinessException {

    public NotAllowedException(String messageEn, String messageVi) {
        super("FORBIDDEN", messageEn, messageVi);
    }
}
