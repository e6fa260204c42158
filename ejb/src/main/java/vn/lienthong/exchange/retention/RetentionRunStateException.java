package vn.lienthong.exchange.retention;

import vn.lienthong.platform.BusinessException;

/** The batch runtime refused to stop or restart a run in its present state (e.g. restarting one that completed). */
public class RetentionRunStateException extends BusinessException {

    public RetentionRunStateException(long executionId, String actEn, String actVi, String why) {
        super("RETENTION_RUN_STATE", "Retention run " + executionId + " cannot be " + actEn + " now: " + why,
                "Không thể " + actVi + " lượt chạy lưu trữ " + executionId + " lúc này: " + why);
    }
}
