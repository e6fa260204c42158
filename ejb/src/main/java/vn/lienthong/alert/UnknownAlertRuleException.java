package vn.lienthong.alert;

import vn.lienthong.platform.BusinessException;

/** No alert rule has this code: NOT_FOUND. */
public class UnknownAlertRuleException extends BusinessException {

    public UnknownAlertRuleException(String code) {
        super("UNKNOWN_ALERT_RULE", "No alert rule " + code + " (GET /api/v1/admin/alerts/rules lists them)",
                "Không có quy tắc cảnh báo " + code);
    }
}
