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
import vn.lienthong.platform.paging.PageRequest;
import vn.lienthong.platform.paging.Slice;
import vn.lienthong.procedure.feedback.FeedbackEventView;
import vn.lienthong.procedure.feedback.FeedbackService;
import vn.lienthong.procedure.feedback.FeedbackView;
import vn.lienthong.web.rest.Callers;
import vn.lienthong.web.rest.procedure.feedback.FeedbackRequests.AnswerJson;
import vn.lienthong.web.rest.procedure.feedback.FeedbackRequests.PublishJson;
import vn.lienthong.web.rest.procedure.feedback.FeedbackRequests.ReasonJson;

import java.util.List;

/**
 * The responsible agency's side of citizen feedback: its list, one item with the sender's contact
 * details, the log, and answer, publish, give back. {@code /api/v1/feedback}; another agency's
 * feedback is {@code 403 NOT_YOUR_FEEDBACK}.
 */
@Path("v1/feedback")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    @EJB
    FeedbackService feedback;

    /** Routed to the signed-in agency, oldest first; {@code state} narrows it (ROUTED: waiting for an answer). */
    @GET
    public List<FeedbackView> list(@QueryParam("state") String state, @QueryParam("limit") Integer limit,
                                   @QueryParam("offset") Integer offset, @Context SecurityContext security) {
        return feedback.ofAgency(Callers.agency(security), FeedbackRequests.state(state), Slice.limit(limit),
                PageRequest.offset(offset));
    }

    @GET
    @Path("{code}")
    public FeedbackView get(@PathParam("code") String code, @Context SecurityContext security) {
        return feedback.get(code, Callers.agency(security));
    }

    @GET
    @Path("{code}/log")
    public List<FeedbackEventView> log(@PathParam("code") String code, @Context SecurityContext security) {
        return feedback.log(code, Callers.agency(security));
    }

    @POST
    @Path("{code}/answer")
    public FeedbackView answer(@PathParam("code") String code, AnswerJson body, @Context SecurityContext security) {
        AgencyCode caller = Callers.agency(security);
        return feedback.answer(code, caller, body == null ? null : body.answer(),
                body == null ? null : body.officer());
    }

    @POST
    @Path("{code}/publish")
    public FeedbackView publish(@PathParam("code") String code, PublishJson body, @Context SecurityContext security) {
        AgencyCode caller = Callers.agency(security);
        return feedback.publish(code, caller, body == null ? null : body.title(),
                body == null ? null : body.question(), body == null ? null : body.officer());
    }

    @POST
    @Path("{code}/give-back")
    public FeedbackView giveBack(@PathParam("code") String code, ReasonJson body, @Context SecurityContext security) {
        AgencyCode caller = Callers.agency(security);
        return feedback.giveBack(code, caller, body == null ? null : body.reason(),
                body == null ? null : body.officer());
    }
}
