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
import vn.lienthong.reporting.aggregation.AggregateView;
import vn.lienthong.reporting.aggregation.AggregationService;
import vn.lienthong.reporting.export.ExportService;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.reporting.obligation.ObligationView;
import vn.lienthong.reporting.obligation.PeriodService;
import vn.lienthong.reporting.obligation.PeriodView;
import vn.lienthong.reporting.submission.PrefillView;
import vn.lienthong.reporting.submission.ReportSubmissionService;
import vn.lienthong.reporting.submission.SubmissionSource;
import vn.lienthong.reporting.submission.SubmissionView;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

/**
 * What happens within one period: {@code /api/v1/reporting/regimes/{code}/periods/{period}/...} —
 * submitting, pre-filled figures, obligations and their history, closing and reopening, the
 * aggregate below a recipient.
 */
@Path("v1/reporting/regimes/{code}/periods/{period}")
@Produces(MediaType.APPLICATION_JSON)
public class PeriodResource {

    @EJB
    PeriodService periods;

    @EJB
    ReportSubmissionService submissions;

    @EJB
    AggregationService aggregation;

    @EJB
    ExportService exports;

    @PathParam("code")
    String code;

    @PathParam("period")
    String period;

    /**
     * The period itself. Here and not with the regime's other paths: JAX-RS matches this class's
     * template for {@code .../periods/{period}} and would not look further.
     */
    @GET
    public PeriodView get() {
        return periods.get(code, period);
    }

    /** The signed-in agency's report: {"values": {...}, "corrections": {...}, "reason": "..."}. */
    @POST
    @Path("submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(InputStream body, @Context SecurityContext security) {
        SubmissionView submitted = submissions.submit(ReportingRequests.caller(security), code, period,
                ReportingRequests.json(body), SubmissionSource.REST);
        return Response.created(URI.create("/api/v1/reporting/submissions/" + submitted.id())).entity(submitted).build();
    }

    @GET
    @Path("prefill")
    public PrefillView prefill(@QueryParam("agency") String agency, @Context SecurityContext security) {
        return submissions.prefill(ReportingRequests.caller(security), code, period, ReportingRequests.optionalAgency(agency));
    }

    @GET
    @Path("obligations/{agency}")
    public ObligationView obligation(@PathParam("agency") String agency, @Context SecurityContext security) {
        return periods.obligation(ReportingRequests.caller(security), code, period, ReportingRequests.agency(agency, "agency"));
    }

    @GET
    @Path("obligations/{agency}/submissions")
    public List<SubmissionView> history(@PathParam("agency") String agency, @Context SecurityContext security) {
        return submissions.history(ReportingRequests.caller(security), code, period, ReportingRequests.agency(agency, "agency"));
    }

    @POST
    @Path("obligations/{agency}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    public ObligationView reopen(@PathParam("agency") String agency, InputStream body, @Context SecurityContext security) {
        JsonObject json = ReportingRequests.json(body);
        return periods.reopen(ReportingRequests.caller(security), code, period, ReportingRequests.agency(agency, "agency"),
                ReportingRequests.string(json, "reason").orElse(null));
    }

    /** Closes the reports addressed to the caller (the issuer and administrators: to {@code recipient}, or all). */
    @POST
    @Path("close")
    public List<ObligationView> close(@QueryParam("recipient") String recipient, @Context SecurityContext security) {
        return periods.close(ReportingRequests.caller(security), code, period, ReportingRequests.optionalAgency(recipient));
    }

    @GET
    @Path("aggregate")
    public AggregateView aggregate(@QueryParam("agency") String agency, @QueryParam("depth") Integer depth,
                                   @Context SecurityContext security) {
        Caller caller = ReportingRequests.caller(security);
        return aggregation.aggregate(caller, code, period, below(caller, agency), depth);
    }

    /** The aggregate as a workbook in the regime's layout. */
    @GET
    @Path("aggregate.xlsx")
    @Produces({ExportService.XLSX, MediaType.APPLICATION_JSON})
    public Response xlsx(@QueryParam("agency") String agency, @Context SecurityContext security) {
        Caller caller = ReportingRequests.caller(security);
        return file(exports.xlsx(caller, code, period, below(caller, agency)));
    }

    /** The aggregate and every reporter's figures, one figure per line. */
    @GET
    @Path("aggregate.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response csv(@QueryParam("agency") String agency, @Context SecurityContext security) {
        Caller caller = ReportingRequests.caller(security);
        return file(exports.csv(caller, code, period, below(caller, agency)));
    }

    private static Response file(ExportService.ExportFile file) {
        return Response.ok(file.bytes(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }

    /** The agency whose aggregate is asked: the one named, else the caller itself. */
    private static AgencyCode below(Caller caller, String agency) {
        return ReportingRequests.optionalAgency(agency).or(caller::agency)
                .orElseThrow(() -> new InvalidRequestException("agency", "Name the agency whose aggregate you want (agency)",
                        "Cần mã cơ quan cần xem số liệu tổng hợp (agency)"));
    }
}
