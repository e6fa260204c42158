package vn.lienthong.reporting;

import vn.lienthong.platform.BusinessException;

/** An act the caller's role does not allow (defining regimes is for administrators, opening periods for the issuer). */
public class NotAllowedException extends BusinessException {

    public NotAllowedException(String messageEn, String messageVi) {
        super("FORBIDDEN", messageEn, messageVi);
    }
}
