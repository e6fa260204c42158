package vn.lienthong.procedure.statistics;

import vn.lienthong.platform.BusinessException;

/** A reporting period that cannot be read or does not make sense (ends before it starts, has not begun). */
public class InvalidPeriodException extends BusinessException {

    public InvalidPeriodException(String messageEn, String messageVi) {
        super("INVALID_PERIOD", messageEn, messageVi, "period");
    }
}
