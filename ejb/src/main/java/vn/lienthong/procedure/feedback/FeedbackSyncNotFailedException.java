package vn.lienthong.procedure.feedback;

import vn.lienthong.platform.BusinessException;
import vn.lienthong.platform.outbox.OutboxState;

public class FeedbackSyncNotFailedException extends BusinessException {

    public FeedbackSyncNotFailedException(String code, int seq, OutboxState state) {
        super("PORTAL_SYNC_NOT_FAILED", "Portal synchronisation " + seq + " of feedback " + code + " is " + state + ", not FAILED",
                "Lượt đồng bộ " + seq + " của phản ánh, kiến nghị " + code + " đang ở trạng thái " + state + ", không phải thất bại");
    }
}
