package vn.lienthong.platform.jobs;

import vn.lienthong.platform.BusinessException;

/** The batch runtime refused to stop or restart an execution in its present state; {@link #why()} says why. */
public class JobRunStateException extends BusinessException {

    /** What was asked of the execution. */
    public enum Act {
        STOP("stopped", "dừng"), RESTART("restarted", "chạy lại");

        final String en;
        final String vi;

        Act(String en, String vi) {
            this.en = en;
            this.vi = vi;
        }
    }

    private final String why;

    public JobRunStateException(String job, long executionId, Act act, String why) {
        super("JOB_RUN_STATE", "Run " + executionId + " of job " + job + " cannot be " + act.en + " now: " + why,
                "Không thể " + act.vi + " lượt chạy " + executionId + " của tác vụ " + job + " lúc này: " + why);
        this.why = why;
    }

    public String why() {
        return why;
    }
}
