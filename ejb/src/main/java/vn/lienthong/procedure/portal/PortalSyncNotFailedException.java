package vn.lienthong.procedure.portal;

import vn.lienthong.platform.BusinessException;
import vn.lienthong.platform.outbox.OutboxState;

public class PortalSyncNotFailedException extends BusinessException {

    public PortalSyncNotFailedException(String code, int seq, OutboxState state) {
        super("PORTAL_SYNC_NOT_FAILED", "Change " + seq + " of dossier " + code + " is " + state + ", not FAILED",
                "Thay đổi " + seq + " của hồ sơ " + code + " không ở trạng thái đồng bộ thất bại");
    }
}
