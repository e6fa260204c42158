package vn.lienthong.reporting.submission;

import vn.lienthong.platform.BusinessException;

public class UnknownSubmissionException extends BusinessException {

    public UnknownSubmissionException(String id) {
        super("UNKNOWN_SUBMISSION", "No report submission " + id, "Không có lượt gửi báo cáo " + id, "submission");
    }
}
