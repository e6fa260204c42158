package vn.lienthong.procedure.feedback;

import vn.lienthong.platform.BusinessException;

/** The signed-in agency is not the one the feedback is routed to. */
public class NotYourFeedbackException extends BusinessException {

    public NotYourFeedbackException(String code, String agency) {
        super("NOT_YOUR_FEEDBACK", "Feedback " + code + " is not routed to agency " + agency,
                "Phản ánh, kiến nghị " + code + " không được chuyển đến cơ quan " + agency);
    }
}
