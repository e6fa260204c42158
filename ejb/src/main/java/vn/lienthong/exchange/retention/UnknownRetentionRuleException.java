package vn.lienthong.exchange.retention;

import vn.lienthong.platform.BusinessException;

/** No retention rule exists for this category. */
public class UnknownRetentionRuleException extends BusinessException {

    public UnknownRetentionRuleException(String category) {
        super("UNKNOWN_RETENTION_RULE", "No retention rule exists for category " + category,
                "Không có quy tắc lưu trữ cho loại văn bản " + category);
    }
}
