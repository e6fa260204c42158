package vn.lienthong.web.rest.reporting;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.jobs.ChunkPause;
import vn.lienthong.reporting.prefill.PrefillService;
import vn.lienthong.web.rest.jobs.JobRunJson;

/**
 * Pre-fill runs (the batch job {@code report-prefill}, docs/reporting.md "Pre-fill"): {@code
 * /api/v1/admin/reporting/prefill-runs} (role administrator, web.xml). The schedule starts one per period
 * once its data window has closed; an administrator starts one again and follows it (stop and restart:
 * Admin Center's Java Batch tool).
 */
@Path("v1/admin/reporting/prefill-runs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PrefillAdministrationResource {

    @EJB
    PrefillService prefill;

    /** Body {@code {"regime": "...", "period": "...", "pause": "500ms"}} (pause optional): 202 with the execution; its progress at {@code prefill-runs/{executionId}}. */
    @POST
    public Response start(InputStream body, @Context SecurityContext security) {
        JsonObject json = ReportingRequests.json(body);
        JobRunJson run = JobRunJson.of(prefill.start(ReportingRequests.caller(security), required(json, "regime"),
                required(json, "period"), ChunkPause.requested(ReportingRequests.string(json, "pause").orElse(null))));
        return Response.accepted(run).build();
    }

    private static String required(JsonObject json, String field) {
        return ReportingRequests.string(json, field).orElseThrow(() -> new InvalidRequestException(field,
                "Name the " + field + " to pre-fill (" + field + ")", "Cần nêu " + (field.equals("regime") ? "chế độ báo cáo" : "kỳ báo cáo")
                + " cần điền sẵn (" + field + ")"));
    }

    @GET
    @Path("{executionId}")
    public JobRunJson run(@PathParam("executionId") long executionId, @Context SecurityContext security) {
        return JobRunJson.of(prefill.run(ReportingRequests.caller(security), executionId));
    }
}
