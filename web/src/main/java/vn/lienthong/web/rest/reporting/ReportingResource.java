package vn.lienthong.web.rest.reporting;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import vn.lienthong.reporting.event.ReportingEventService;
import vn.lienthong.reporting.event.ReportingEventView;
import vn.lienthong.reporting.obligation.ObligationView;
import vn.lienthong.reporting.obligation.PeriodService;
import vn.lienthong.reporting.submission.ReportSubmissionService;
import vn.lienthong.reporting.submission.SubmissionView;

import java.util.List;

/**
 * The caller's side of reporting: {@code GET /api/v1/reporting/obligations} (what it owes),
 * submissions and their signed receipts by id, and the reporting events that concern it.
 */
@Path("v1/reporting")
@Produces(MediaType.APPLICATION_JSON)
public class ReportingResource {

    static final String PKCS7 = "application/pkcs7-mime";
    static final int MY_OBLIGATIONS = 200;

    @EJB
    PeriodService periods;

    @EJB
    ReportSubmissionService submissions;

    @EJB
    ReportingEventService events;

    @GET
    @Path("obligations")
    public List<ObligationView> mine(@Context SecurityContext security) {
        return periods.mine(ReportingRequests.caller(security), MY_OBLIGATIONS);
    }

    @GET
    @Path("submissions/{id}")
    public SubmissionView submission(@PathParam("id") String id, @Context SecurityContext security) {
        return submissions.get(ReportingRequests.caller(security), id);
    }

    /** The hub's signed receipt (CMS, DER): {@code openssl cms -verify -inform DER -in receipt.p7s -CAfile hub.pem}. */
    @GET
    @Path("submissions/{id}/receipt")
    @Produces({PKCS7, MediaType.APPLICATION_JSON})
    public Response receipt(@PathParam("id") String id, @Context SecurityContext security) {
        return Response.ok(submissions.receipt(ReportingRequests.caller(security), id), PKCS7)
                .header("Content-Disposition", "attachment; filename=\"report-receipt-" + id + ".p7s\"").build();
    }

    @GET
    @Path("events")
    public ReportingEventView.Page events(@QueryParam("after") Long after, @QueryParam("limit") Integer limit,
                                          @Context SecurityContext security) {
        return events.after(ReportingRequests.caller(security), after == null ? 0 : after, limit);
    }
}
