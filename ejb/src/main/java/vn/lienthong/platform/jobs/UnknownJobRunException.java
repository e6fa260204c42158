package vn.lienthong.platform.jobs;

import vn.lienthong.platform.BusinessException;

/** No execution of the job asked for has this id (or it is an execution of another job). */
public class UnknownJobRunException extends BusinessException {

    public UnknownJobRunException(String job, long executionId) {
        super("UNKNOWN_JOB_RUN", "No run of job " + job + " has execution id " + executionId,
                "Không có lượt chạy nào của tác vụ " + job + " có mã " + executionId);
    }
}
