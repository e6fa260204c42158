package vn.lienthong.procedure.feedback;

import vn.lienthong.platform.BusinessException;

/** The action is not possible in the feedback's current state (for example publishing before answering). */
public class IllegalFeedbackTransitionException extends BusinessException {

    public IllegalFeedbackTransitionException(String code, FeedbackAction action, FeedbackState state) {
        super("ILLEGAL_FEEDBACK_TRANSITION",
                "Feedback " + code + " is " + state + ": " + action.pathName() + " is possible only when it is "
                        + action.allowedStates(),
                "Phản ánh, kiến nghị " + code + " đang ở trạng thái " + state + ": không thể thực hiện " + action.pathName());
    }
}
