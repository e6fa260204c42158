package vn.lienthong.web.console.reporting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.platform.BusinessException;
import vn.lienthong.reporting.obligation.ObligationView;
import vn.lienthong.reporting.obligation.PeriodService;
import vn.lienthong.reporting.obligation.PeriodView;
import vn.lienthong.reporting.regime.RegimeService;
import vn.lienthong.reporting.regime.RegimeSummaryView;
import vn.lienthong.web.console.ConsoleMessages;

import java.util.List;

/**
 * Reports (báo cáo): the reporting regimes, the periods of one, and one period's obligations with
 * who has filed and who is late.
 */
@Named("reports")
@RequestScoped
public class ReportsPage {

    @Inject
    RegimeService regimes;

    @Inject
    PeriodService periods;

    @Inject
    ConsoleMessages messages;

    private String regime;
    private String period;
    private List<RegimeSummaryView> regimeList;
    private List<PeriodView> periodList;
    private List<ObligationView> obligations;

    public List<RegimeSummaryView> getRegimes() {
        if (regimeList == null) {
            regimeList = regimes.list();
        }
        return regimeList;
    }

    public List<PeriodView> getPeriods() {
        if (periodList == null) {
            periodList = List.of();
            if (regime != null && !regime.isBlank()) {
                try {
                    periodList = periods.list(regime.strip());
                } catch (BusinessException e) {
                    messages.refused(e);
                }
            }
        }
        return periodList;
    }

    public List<ObligationView> getObligations() {
        if (obligations == null) {
            obligations = List.of();
            if (regime != null && !regime.isBlank() && period != null && !period.isBlank()) {
                try {
                    obligations = periods.obligations(Caller.administrator(
                            FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName()),
                            regime.strip(), period.strip());
                } catch (BusinessException e) {
                    messages.refused(e);
                }
            }
        }
        return obligations;
    }

    /** The reporters past their deadline, filed or not (LATE, OVERDUE). */
    public long getLate() {
        return getObligations().stream().filter(o -> "LATE".equals(o.status()) || "OVERDUE".equals(o.status())).count();
    }

    public String getRegime() {
        return regime;
    }

    public void setRegime(String regime) {
        this.regime = regime;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
