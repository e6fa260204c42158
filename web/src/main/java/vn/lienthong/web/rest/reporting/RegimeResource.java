package vn.lienthong.web.rest.reporting;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import vn.lienthong.reporting.aggregation.AggregationService;
import vn.lienthong.reporting.export.ExportService;
import vn.lienthong.reporting.aggregation.SeriesView;
import vn.lienthong.reporting.obligation.PeriodOpening;
import vn.lienthong.reporting.obligation.PeriodService;
import vn.lienthong.reporting.obligation.PeriodView;
import vn.lienthong.reporting.regime.RegimeService;
import vn.lienthong.reporting.regime.RegimeSummaryView;
import vn.lienthong.reporting.regime.RegimeView;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Report regimes and their periods: {@code /api/v1/reporting/regimes}. Every signed-in agency and
 * administrator reads regimes; the issuer or an administrator opens periods (the service decides).
 */
@Path("v1/reporting/regimes")
@Produces(MediaType.APPLICATION_JSON)
public class RegimeResource {

    @EJB
    RegimeService regimes;

    @EJB
    PeriodService periods;

    @EJB
    AggregationService aggregation;

    @GET
    public List<RegimeSummaryView> list() {
        return regimes.list();
    }

    @GET
    @Path("{code}")
    public RegimeView get(@PathParam("code") String code, @QueryParam("version") Integer version) {
        return regimes.get(code, Optional.ofNullable(version));
    }

    /** The regime as an XLSX template (Chế độ báo cáo, Đối tượng báo cáo, Chỉ tiêu, Quy tắc), for administrators to edit and import. */
    @GET
    @Path("{code}/template.xlsx")
    @Produces({ExportService.XLSX, MediaType.APPLICATION_JSON})
    public Response template(@PathParam("code") String code, @QueryParam("version") Integer version) {
        return Response.ok(regimes.template(code, Optional.ofNullable(version)), ExportService.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + code.replaceAll("[^A-Za-z0-9._-]", "_") + ".xlsx\"").build();
    }

    @GET
    @Path("{code}/periods")
    public List<PeriodView> periods(@PathParam("code") String code) {
        return periods.list(code);
    }

    /** Opens a period: {"period": "2026-11"}; ad hoc: also "from", "to"; optionally "dueAt" and "note". */
    @POST
    @Path("{code}/periods")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(@PathParam("code") String code, InputStream body, @Context SecurityContext security) {
        JsonObject json = ReportingRequests.json(body);
        PeriodOpening opening = new PeriodOpening(ReportingRequests.string(json, "period").orElse(null),
                ReportingRequests.instant(json, "dueAt"), ReportingRequests.date(json, "from"), ReportingRequests.date(json, "to"),
                ReportingRequests.string(json, "note"));
        PeriodView opened = periods.open(ReportingRequests.caller(security), code, opening);
        return Response.created(URI.create("/api/v1/reporting/regimes/" + code + "/periods/" + opened.period())).entity(opened).build();
    }

    /** An agency's aggregate over consecutive periods, continuing through mergers. */
    @GET
    @Path("{code}/series")
    public SeriesView series(@PathParam("code") String code, @QueryParam("agency") String agency, @QueryParam("from") String from,
                             @QueryParam("to") String to, @Context SecurityContext security) {
        return aggregation.series(ReportingRequests.caller(security), code, ReportingRequests.agency(agency, "agency"), from, to);
    }
}
