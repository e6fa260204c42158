package vn.lienthong.web.rest.procedure.feedback;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.paging.PageRequest;
import vn.lienthong.platform.paging.Slice;
import vn.lienthong.platform.outbox.OutboxService;
import vn.lienthong.procedure.feedback.FeedbackEventView;
import vn.lienthong.procedure.feedback.FeedbackPublicationSender;
import vn.lienthong.procedure.feedback.FeedbackService;
import vn.lienthong.procedure.feedback.FeedbackSyncNotFailedException;
import vn.lienthong.procedure.feedback.FeedbackView;
import vn.lienthong.procedure.feedback.UnknownFeedbackSyncException;
import vn.lienthong.web.rest.procedure.feedback.FeedbackRequests.RouteJson;

import java.util.List;

/**
 * Administrators route citizen feedback no agency was found for (or re-route it), and watch its
 * publication to the national portal: {@code /api/v1/admin/feedback} (role administrator, web.xml).
 */
@Path("v1/admin/feedback")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackAdministrationResource {

    @EJB
    FeedbackService feedback;

    @EJB
    OutboxService outbox;

    /** All feedback, oldest first; {@code state=SUBMITTED} is the list waiting for routing. */
    @GET
    public List<FeedbackView> list(@QueryParam("state") String state, @QueryParam("limit") Integer limit,
                                   @QueryParam("offset") Integer offset) {
        return feedback.all(FeedbackRequests.state(state), Slice.limit(limit), PageRequest.offset(offset));
    }

    @GET
    @Path("{code}")
    public FeedbackView get(@PathParam("code") String code) {
        return feedback.get(code);
    }

    @GET
    @Path("{code}/log")
    public List<FeedbackEventView> log(@PathParam("code") String code) {
        return feedback.log(code);
    }

    @POST
    @Path("{code}/route")
    public FeedbackView route(@PathParam("code") String code, RouteJson body, @Context SecurityContext security) {
        if (body == null || body.agencyCode() == null || body.agencyCode().isBlank()) {
            throw new InvalidRequestException("agencyCode", "agencyCode is required", "Cần mã định danh cơ quan (agencyCode)");
        }
        return feedback.route(code, AgencyCode.of(body.agencyCode().strip()), body.reason(),
                security.getUserPrincipal().getName());
    }

    /** Publications whose attempts are used up (also {@code /admin/queues/feedback-publication/failures}). */
    @GET
    @Path("sync-failures")
    public List<FeedbackSyncJson> failures(@QueryParam("limit") Integer limit) {
        return outbox.failures(FeedbackPublicationSender.QUEUE, Slice.limit(limit)).stream().map(FeedbackSyncJson::of).toList();
    }

    /** The publication queue of one feedback. */
    @GET
    @Path("{code}/sync")
    public List<FeedbackSyncJson> sync(@PathParam("code") String code) {
        return outbox.items(FeedbackPublicationSender.QUEUE, code).stream().map(FeedbackSyncJson::of).toList();
    }

    @POST
    @Path("{code}/sync/{seq}/retry")
    public FeedbackSyncJson retry(@PathParam("code") String code, @PathParam("seq") int seq) {
        return FeedbackSyncJson.of(outbox.redrive(FeedbackPublicationSender.QUEUE, code, seq,
                () -> new UnknownFeedbackSyncException(code, seq), state -> new FeedbackSyncNotFailedException(code, seq, state)));
    }
}
