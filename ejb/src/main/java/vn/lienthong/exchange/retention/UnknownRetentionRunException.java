package vn.lienthong.exchange.retention;

import vn.lienthong.platform.BusinessException;

/** No execution of the retention job has this id. */
public class UnknownRetentionRunException extends BusinessException {

    public UnknownRetentionRunException(long executionId) {
        super("UNKNOWN_RETENTION_RUN", "No retention run has execution id " + executionId,
                "Không có lượt chạy lưu trữ nào có mã " + executionId);
    }
}
