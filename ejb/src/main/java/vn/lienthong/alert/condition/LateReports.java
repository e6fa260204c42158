package vn.lienthong.alert.condition;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import vn.lienthong.alert.raise.Observation;
import vn.lienthong.alert.rule.AlertKind;
import vn.lienthong.reporting.obligation.ObligationWatch;

/** Reports whose deadline passed with nothing submitted (báo cáo quá hạn). */
@ApplicationScoped
public class LateReports implements Condition {

    @EJB
    ObligationWatch obligations;

    @Override
    public AlertKind kind() {
        return AlertKind.LATE_REPORTS;
    }

    @Override
    public Observation observe(long threshold) {
        long overdue = obligations.overdueNow();
        return Observation.of(kind(), overdue, overdue + " report(s) overdue: deadline passed, nothing submitted "
                + "(GET /api/v1/reporting/events)", overdue + " báo cáo quá hạn: đã qua hạn mà chưa nộp");
    }
}
