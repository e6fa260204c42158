package vn.lienthong.exchange.edxml;

import vn.lienthong.platform.BusinessException;

/**
 * An element the format allows once appears again. Refused rather than read: a reader that took the
 * first and one that took the last would route the same bytes differently.
 */
public class RepeatedElementException extends BusinessException {

    public RepeatedElementException(String element) {
        super("REPEATED_ELEMENT",
                element + ": appears more than once, and the format allows it once",
                element + ": xuất hiện nhiều lần, định dạng chỉ cho phép một lần",
                element);
    }
}
