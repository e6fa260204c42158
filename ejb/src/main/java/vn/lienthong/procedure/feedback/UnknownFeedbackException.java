package vn.lienthong.procedure.feedback;

import vn.lienthong.platform.BusinessException;

public class UnknownFeedbackException extends BusinessException {

    public UnknownFeedbackException(String code) {
        super("UNKNOWN_FEEDBACK", "No citizen feedback with code " + code, "Không có phản ánh, kiến nghị mang mã " + code);
    }
}
