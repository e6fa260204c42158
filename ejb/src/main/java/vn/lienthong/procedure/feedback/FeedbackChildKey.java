package vn.lienthong.procedure.feedback;

import java.io.Serializable;
import java.util.Objects;

/** The key of a row that belongs to a piece of feedback: its code and a number within it. */
public class FeedbackChildKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String feedbackCode;
    private int seq;

    public FeedbackChildKey() {
        // for JPA
    }

    public FeedbackChildKey(String feedbackCode, int seq) {
        this.feedbackCode = feedbackCode;
        this.seq = seq;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeedbackChildKey k && k.seq == seq && Objects.equals(k.feedbackCode, feedbackCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(feedbackCode, seq);
    }
}
