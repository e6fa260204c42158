package vn.lienthong.procedure.portal;

import vn.lienthong.platform.BusinessException;

public class PortalSyncOffException extends BusinessException {

    public PortalSyncOffException() {
        super("PORTAL_SYNC_OFF", "Synchronisation with the national portal is off: lienthong.portal.url is not set",
                "Chưa cấu hình đồng bộ với Cổng Dịch vụ công quốc gia (lienthong.portal.url)");
    }
}
