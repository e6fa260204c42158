package vn.lienthong.procedure.handover;

import vn.lienthong.platform.BusinessException;
import vn.lienthong.platform.outbox.OutboxState;

public class HandOverNotFailedException extends BusinessException {

    public HandOverNotFailedException(String code, int step, OutboxState state) {
        super("HANDOVER_NOT_FAILED", "The hand-over of step " + step + " of dossier " + code + " is " + state + ", not FAILED",
                "Lượt chuyển liên thông bước " + step + " của hồ sơ " + code + " đang ở trạng thái " + state
                        + ", không phải thất bại");
    }
}
