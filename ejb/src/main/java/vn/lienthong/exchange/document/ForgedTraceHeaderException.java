package vn.lienthong.exchange.document;

import vn.lienthong.platform.BusinessException;

/**
 * A package arrives with a {@code TraceHeader} that claims the hub already handled it. Only the
 * hub writes its own trace header, and only on the way out; one on the way in is forged.
 */
public class ForgedTraceHeaderException extends BusinessException {

    public ForgedTraceHeaderException(String hubCode, String element) {
        super("FORGED_TRACE_HEADER",
                element + ": a TraceHeader naming the hub (" + hubCode + ") can only be written by the hub itself",
                element + ": TraceHeader mang mã của trục (" + hubCode + ") chỉ trục mới được ghi",
                element);
    }
}
