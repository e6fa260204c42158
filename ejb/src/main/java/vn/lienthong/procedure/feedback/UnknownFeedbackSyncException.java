package vn.lienthong.procedure.feedback;

import vn.lienthong.platform.BusinessException;

public class UnknownFeedbackSyncException extends BusinessException {

    public UnknownFeedbackSyncException(String code, int seq) {
        super("UNKNOWN_PORTAL_SYNC", "No portal synchronisation " + seq + " of feedback " + code,
                "Không có lượt đồng bộ " + seq + " của phản ánh, kiến nghị " + code);
    }
}
