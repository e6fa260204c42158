package vn.lienthong.reporting.period;

import vn.lienthong.platform.BusinessException;

/** A period that cannot be read for the regime's frequency, or a window that makes no sense. */
public class InvalidPeriodKeyException extends BusinessException {

    public InvalidPeriodKeyException(String messageEn, String messageVi) {
        super("INVALID_PERIOD", messageEn, messageVi, "period");
    }
}
