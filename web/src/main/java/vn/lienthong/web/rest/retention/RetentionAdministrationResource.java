package vn.lienthong.web.rest.retention;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.RetentionCategory;
import vn.lienthong.exchange.retention.RetentionService;
import vn.lienthong.web.rest.jobs.JobRunJson;
import vn.lienthong.web.rest.Callers;
import vn.lienthong.web.security.HubAuthenticationMechanism;

import java.util.List;

/**
 * Retention for administrators (docs/api.md, "Retention"): rules per category
 * ({@code /api/v1/admin/retention/rules}), a document's state and legal hold
 * ({@code .../documents/{id}}, {@code .../documents/{id}/hold}), and the runs of the retention job
 * ({@code .../runs}, {@code .../runs/{executionId}}, {@code .../stop}, {@code .../restart}). Role
 * administrator in web.xml; RetentionService checks again.
 */
@Path("v1/admin/retention")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RetentionAdministrationResource {

    @EJB
    RetentionService retention;

    @GET
    @Path("rules")
    public List<RetentionRuleJson> rules(@Context SecurityContext security) {
        return retention.rules(caller(security)).stream().map(RetentionRuleJson::of).toList();
    }

    /** Sets a category's rule: {@code {"periodDays": 3650, "disposal": "ARCHIVE"}}. */
    @PUT
    @Path("rules/{category}")
    public RetentionRuleJson setRule(@PathParam("category") String category, JsonObject body, @Context SecurityContext security) {
        return RetentionRuleJson.of(retention.setRule(caller(security), new RetentionCategory(category),
                RetentionRequests.periodDays(body), RetentionRequests.disposal(body)));
    }

    @DELETE
    @Path("rules/{category}")
    public Response removeRule(@PathParam("category") String category, @Context SecurityContext security) {
        retention.removeRule(caller(security), new RetentionCategory(category));
        return Response.noContent().build();
    }

    @GET
    @Path("documents/{id}")
    public RetentionStateJson state(@PathParam("id") String id, @Context SecurityContext security) {
        return RetentionStateJson.of(retention.state(caller(security), new HubDocumentId(id)));
    }

    /** Puts the document under a legal hold: {@code {"reason": "Hồ sơ vụ án số ..."}}. */
    @PUT
    @Path("documents/{id}/hold")
    public RetentionStateJson hold(@PathParam("id") String id, JsonObject body, @Context SecurityContext security) {
        return RetentionStateJson.of(retention.hold(caller(security), new HubDocumentId(id), RetentionRequests.reason(body)));
    }

    @DELETE
    @Path("documents/{id}/hold")
    public RetentionStateJson release(@PathParam("id") String id, @Context SecurityContext security) {
        return RetentionStateJson.of(retention.release(caller(security), new HubDocumentId(id)));
    }

    /** Starts a run now: 202 with the execution; its progress at {@code runs/{executionId}} and in Admin Center. */
    @POST
    @Path("runs")
    public Response start(JsonObject body, @Context SecurityContext security) {
        JobRunJson run = JobRunJson.of(retention.start(caller(security), RetentionRequests.run(body)));
        return Response.accepted(run).build();
    }

    @GET
    @Path("runs/{executionId}")
    public JobRunJson run(@PathParam("executionId") long executionId, @Context SecurityContext security) {
        return JobRunJson.of(retention.run(caller(security), executionId));
    }

    @POST
    @Path("runs/{executionId}/stop")
    public JobRunJson stop(@PathParam("executionId") long executionId, @Context SecurityContext security) {
        return JobRunJson.of(retention.stop(caller(security), executionId));
    }

    /** Restarts a stopped or failed run after its last checkpoint: 202 with the new execution. */
    @POST
    @Path("runs/{executionId}/restart")
    public Response restart(@PathParam("executionId") long executionId, @Context SecurityContext security) {
        return Response.accepted(JobRunJson.of(retention.restart(caller(security), executionId))).build();
    }

    private static Caller caller(SecurityContext security) {
        if (security.isUserInRole(HubAuthenticationMechanism.ADMINISTRATOR_ROLE)) {
            return Caller.administrator(security.getUserPrincipal().getName());
        }
        return Caller.agency(Callers.agency(security));
    }
}
