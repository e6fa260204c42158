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
import vn.lienthong.reporting.interchange.InterchangeService;

import java.io.InputStream;
import java.util.Optional;

/**
 * Exchange with other reporting systems (QCVN 125 message types, docs/reporting.md):
 * {@code /api/v1/reporting/interchange/...}. Another LienThong (or any system speaking these
 * messages) reads a regime and its indicators, an agency's report data and a report's status, and
 * sends report data signed in as the reporting agency.
 */
@Path("v1/reporting/interchange")
@Produces(MediaType.APPLICATION_JSON)
public class InterchangeResource {

    @EJB
    InterchangeService interchange;

    @GET
    @Path("regimes/{code}")
    public JsonObject regime(@PathParam("code") String code, @QueryParam("version") Integer version) {
        return interchange.regime(code, Optional.ofNullable(version));
    }

    @GET
    @Path("regimes/{code}/indicators")
    public JsonObject indicators(@PathParam("code") String code) {
        return interchange.indicators(code);
    }

    /** An agency's aggregate for a period as report data; {@code targetRegime}: the code the receiving system uses. */
    @GET
    @Path("report-data")
    public JsonObject reportData(@QueryParam("regime") String regime, @QueryParam("period") String period,
                                 @QueryParam("agency") String agency, @QueryParam("targetRegime") String targetRegime,
                                 @Context SecurityContext security) {
        var caller = ReportingRequests.caller(security);
        return interchange.reportData(caller, regime, period, ReportingRequests.optionalAgency(agency).or(caller::agency)
                .orElseThrow(() -> new vn.lienthong.platform.InvalidRequestException("agency", "agency is required", "Cần mã cơ quan (agency)")),
                Optional.ofNullable(targetRegime));
    }

    @GET
    @Path("report-status")
    public JsonObject reportStatus(@QueryParam("regime") String regime, @QueryParam("period") String period,
                                   @QueryParam("agency") String agency, @Context SecurityContext security) {
        var caller = ReportingRequests.caller(security);
        return interchange.reportStatus(caller, regime, period, ReportingRequests.optionalAgency(agency).or(caller::agency)
                .orElseThrow(() -> new vn.lienthong.platform.InvalidRequestException("agency", "agency is required", "Cần mã cơ quan (agency)")));
    }

    /** Report data from another system, taken as the signed-in agency's submission; answers its status. */
    @POST
    @Path("report-data")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(InputStream body, @Context SecurityContext security) {
        JsonObject status = interchange.receive(ReportingRequests.caller(security), ReportingRequests.json(body));
        return Response.status(Response.Status.CREATED).entity(status).build();
    }
}
