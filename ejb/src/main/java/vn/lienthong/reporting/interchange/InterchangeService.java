package vn.lienthong.reporting.interchange;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.platform.NotAllowedException;
import vn.lienthong.reporting.NotYourReportException;
import vn.lienthong.reporting.aggregation.Aggregate;
import vn.lienthong.reporting.aggregation.AggregationService;
import vn.lienthong.reporting.obligation.PeriodService;
import vn.lienthong.reporting.regime.Regime;
import vn.lienthong.reporting.regime.RegimeService;
import vn.lienthong.reporting.regime.RegimeVersion;
import vn.lienthong.reporting.submission.ReportDataMessage;
import vn.lienthong.reporting.submission.ReportSubmissionService;
import vn.lienthong.reporting.submission.SubmissionSource;
import vn.lienthong.reporting.submission.SubmissionView;

import java.time.Clock;
import java.util.Optional;

/**
 * Answers and takes the QCVN 125 messages: a regime and its indicator catalogue for anyone signed
 * in; an agency's report data (its aggregate) and a report's status for those who may read them;
 * and report data from another system, taken as the sending agency's submission.
 */
@Stateless
public class InterchangeService {

    @EJB
    RegimeService regimes;

    @EJB
    AggregationService aggregation;

    @EJB
    PeriodService periods;

    @EJB
    ReportSubmissionService submissions;

    @Inject
    Clock clock;

    public JsonObject regime(String code, Optional<Integer> version) {
        Regime regime = regimes.regime(code);
        RegimeVersion v = regimes.version(code, version.orElse(regime.currentVersion()));
        return Qcvn125Messages.regime(v.definition(), v.version(), v.validFrom().map(Object::toString).orElse(null), clock.instant());
    }

    public JsonObject indicators(String code) {
        Regime regime = regimes.regime(code);
        return Qcvn125Messages.indicators(regimes.version(code, regime.currentVersion()).definition(), regime.currentVersion(), clock.instant());
    }

    /** The agency's aggregate as report data, under the regime code the receiving system uses (default: this one's). */
    public JsonObject reportData(Caller caller, String regime, String period, AgencyCode agency, Optional<String> targetRegime) {
        Aggregate a = aggregation.compute(caller, regime, period, agency);
        return Qcvn125Messages.reportData(a, targetRegime.filter(t -> !t.isBlank()).orElse(regime));
    }

    public JsonObject reportStatus(Caller caller, String regime, String period, AgencyCode agency) {
        return Qcvn125Messages.reportStatus(periods.obligation(caller, regime, period, agency), clock.instant());
    }

    /**
     * Report data from another system: the signed-in agency's submission for the named regime and
     * period (its figures are taken as that system computed them). Answers the report's status.
     */
    public JsonObject receive(Caller caller, JsonObject message) {
        ReportDataMessage report = ReportDataMessage.read(message, "message");
        AgencyCode sender = caller.agency().orElseThrow(() -> new NotAllowedException(
                "Report data comes from the reporting agency's system, signed in as that agency",
                "Số liệu báo cáo do hệ thống của cơ quan báo cáo gửi, đăng nhập bằng mã của cơ quan đó"));
        if (report.agency().filter(a -> !a.equals(sender)).isPresent()) {
            throw new NotYourReportException("the report of " + report.agency().get(), sender.value());
        }
        SubmissionView submitted = submissions.submit(caller, report.regime(), report.period(), report.body(), SubmissionSource.INTERCHANGE);
        JsonObject status = Qcvn125Messages.reportStatus(periods.obligation(caller, report.regime(), report.period(), sender), clock.instant());
        return jakarta.json.Json.createObjectBuilder(status)
                .add("submissionId", submitted.id()).add("sha256", submitted.sha256()).add("receipt", submitted.receipt())
                .build();
    }
}
