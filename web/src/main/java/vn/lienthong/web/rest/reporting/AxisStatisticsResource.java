package vn.lienthong.web.rest.reporting;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.procedure.statistics.InvalidPeriodException;
import vn.lienthong.procedure.statistics.ReportingPeriod;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.reporting.indicator.AxisStatisticsService;
import vn.lienthong.reporting.indicator.AxisStatisticsView;

/**
 * The axis statistics of an agency and its units over a period, totalled up the directory:
 * {@code GET /api/v1/reporting/axis-statistics?period=2026-Q4&agency=...} (the signature statistics
 * of {@code /api/v1/signatures/statistics} with periods, received documents and hierarchy totals).
 */
@Path("v1/reporting/axis-statistics")
@Produces(MediaType.APPLICATION_JSON)
public class AxisStatisticsResource {

    @EJB
    AxisStatisticsService statistics;

    @GET
    public AxisStatisticsView statistics(@QueryParam("period") String period, @QueryParam("from") String from, @QueryParam("to") String to,
                                         @QueryParam("agency") String agency, @Context SecurityContext security) {
        Caller caller = ReportingRequests.caller(security);
        return statistics.statistics(caller, period(period, from, to), ReportingRequests.optionalAgency(agency).or(caller::agency)
                .orElseThrow(() -> new InvalidRequestException("agency", "Name the agency (agency)", "Cần mã cơ quan (agency)")));
    }

    private static ReportingPeriod period(String period, String from, String to) {
        if (period != null && from == null && to == null) {
            return ReportingPeriod.parse(period);
        }
        if (period == null && from != null && to != null) {
            return ReportingPeriod.between(from, to);
        }
        throw new InvalidPeriodException("Give either period (2026, 2026-07, 2026-Q3, 2026-H1) or both from and to",
                "Cần tham số period (2026, 2026-07, 2026-Q3, 2026-H1) hoặc cả from và to");
    }
}
