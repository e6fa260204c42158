package vn.lienthong.web.console.procedure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.BusinessException;
import vn.lienthong.platform.time.HubClock;
import vn.lienthong.procedure.feedback.FeedbackService;
import vn.lienthong.procedure.feedback.FeedbackState;
import vn.lienthong.procedure.feedback.FeedbackView;
import vn.lienthong.procedure.portal.PortalDrift;
import vn.lienthong.procedure.portal.PortalReconciliation;
import vn.lienthong.procedure.portal.PortalSyncService;
import vn.lienthong.procedure.portal.PortalSyncView;
import vn.lienthong.procedure.statistics.DossierStatistics;
import vn.lienthong.procedure.statistics.ReportingPeriod;
import vn.lienthong.procedure.statistics.StatisticsGrouping;
import vn.lienthong.procedure.statistics.StatisticsReport;
import vn.lienthong.web.console.ConsoleMessages;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Dossiers and feedback (hồ sơ và phản ánh): each agency's dossiers of the month with their
 * overdue work and on-time rate, citizens' feedback waiting for an administrator to route it, and
 * the national portal's synchronisation (failures; the comparison with the portal on request, since
 * it asks the portal).
 */
@Named("dossiers")
@RequestScoped
public class DossiersPage {

    static final int SHOWN = 100;

    @Inject
    DossierStatistics statistics;

    @Inject
    FeedbackService feedback;

    @Inject
    PortalSyncService portal;

    @Inject
    PortalReconciliation reconciliation;

    @Inject
    ConsoleMessages messages;

    @Inject
    Clock clock;

    private String period;
    private boolean reconcile;
    private StatisticsReport report;
    private List<FeedbackView> waiting;
    private List<PortalSyncView> failures;
    private List<PortalDrift> drifts;
    private String routeCode;
    private String routeAgency;
    private String routeReason;

    /** The month shown: this month unless the administrator names another period (2026-07, 2026-Q3...). */
    public String getShownPeriod() {
        return period == null || period.isBlank() ? YearMonth.now(clock.withZone(HubClock.ZONE)).toString() : period.strip();
    }

    public StatisticsReport getReport() {
        if (report == null) {
            try {
                StatisticsReport all = statistics.report(ReportingPeriod.parse(getShownPeriod()), StatisticsGrouping.AGENCY,
                        Optional.empty(), Optional.empty());
                report = new StatisticsReport(all.period(), all.asOf(), all.grouping(), all.rows().stream()
                        .sorted(Comparator.comparingLong((StatisticsReport.Row r) -> r.counts().inProgressOverdue()).reversed())
                        .toList(), all.total());
            } catch (BusinessException e) {
                messages.refused(e);
            }
        }
        return report;
    }

    public List<FeedbackView> getWaiting() {
        if (waiting == null) {
            waiting = feedback.all(Optional.of(FeedbackState.SUBMITTED), SHOWN, 0);
        }
        return waiting;
    }

    public List<PortalSyncView> getFailures() {
        if (failures == null) {
            failures = portal.failures(SHOWN);
        }
        return failures;
    }

    public List<PortalDrift> getDrifts() {
        if (drifts == null && reconcile) {
            try {
                drifts = reconciliation.drifts(SHOWN);
            } catch (BusinessException e) {
                messages.refused(e);
                drifts = List.of();
            }
        }
        return drifts;
    }

    /** Sends a feedback to the agency that must answer it, with the reason (a POST from the page's form). */
    public String route() {
        try {
            FeedbackView routed = feedback.route(routeCode, AgencyCode.of(routeAgency == null ? "" : routeAgency.strip()), routeReason,
                    FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName());
            messages.info("dossiers.routed", routed.code(), routed.agencyCode());
            return "/console/dossiers.xhtml?faces-redirect=true";
        } catch (BusinessException e) {
            messages.refused(e);
            return null;
        }
    }

    public String getRouteCode() {
        return routeCode;
    }

    public void setRouteCode(String routeCode) {
        this.routeCode = routeCode;
    }

    public String getRouteAgency() {
        return routeAgency;
    }

    public void setRouteAgency(String routeAgency) {
        this.routeAgency = routeAgency;
    }

    public String getRouteReason() {
        return routeReason;
    }

    public void setRouteReason(String routeReason) {
        this.routeReason = routeReason;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public boolean isReconcile() {
        return reconcile;
    }

    public void setReconcile(boolean reconcile) {
        this.reconcile = reconcile;
    }
}
