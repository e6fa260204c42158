package vn.lienthong.exchange.edxml;

import vn.lienthong.platform.BusinessException;

/** The package exceeds one of the operator's limits (size, depth, element count, text, attachments). */
public class PackageLimitExceededException extends BusinessException {

    public PackageLimitExceededException(String element, String limit, long value) {
        super("PACKAGE_LIMIT_EXCEEDED",
                "The package exceeds the limit " + limit + " (" + value + ") at " + element,
                "Gói tin vượt giới hạn " + limit + " (" + value + ") tại " + element,
                element);
    }
}
