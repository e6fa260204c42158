package vn.lienthong.procedure.portal;

import vn.lienthong.platform.BusinessException;

public class UnknownPortalSyncException extends BusinessException {

    public UnknownPortalSyncException(String code, int seq) {
        super("UNKNOWN_PORTAL_SYNC", "No portal synchronisation for change " + seq + " of dossier " + code,
                "Không có lượt đồng bộ cho thay đổi " + seq + " của hồ sơ " + code);
    }
}
