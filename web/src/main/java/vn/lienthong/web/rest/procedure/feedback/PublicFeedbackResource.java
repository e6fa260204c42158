package vn.lienthong.web.rest.procedure.feedback;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.paging.PageRequest;
import vn.lienthong.platform.paging.Slice;
import vn.lienthong.procedure.feedback.FeedbackService;
import vn.lienthong.procedure.feedback.PublicFeedbackView;
import vn.lienthong.web.limit.BodyLimit;
import vn.lienthong.web.rest.procedure.feedback.FeedbackRequests.SubmissionJson;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Citizens (no sign-in, web.xml): send feedback, follow it by its code, read the published answers.
 * {@code /api/v1/public/feedback}.
 */
@Path("v1/public/feedback")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PublicFeedbackResource {

    @EJB
    FeedbackService feedback;

    @POST
    @BodyLimit(variable = "lienthong.limit.feedback-body", defaultBytes = 64 * 1024)
    public Response submit(SubmissionJson body) {
        PublicFeedbackView submitted = feedback.submit(FeedbackRequests.submission(body));
        return Response.created(URI.create("/api/v1/public/feedback/" + submitted.code())).entity(submitted).build();
    }

    /** The published answers, newest first; {@code agencyCode} and {@code procedureCode} narrow the list. */
    @GET
    public List<PublicFeedbackView> published(@QueryParam("agencyCode") String agencyCode,
                                              @QueryParam("procedureCode") String procedureCode,
                                              @QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset) {
        Optional<AgencyCode> agency = Optional.ofNullable(agencyCode).filter(a -> !a.isBlank()).map(AgencyCode::of);
        Optional<String> procedure = Optional.ofNullable(procedureCode).filter(p -> !p.isBlank());
        return feedback.published(agency, procedure, Slice.limit(limit), PageRequest.offset(offset));
    }

    @GET
    @Path("{code}")
    public PublicFeedbackView lookup(@PathParam("code") String code) {
        return feedback.lookup(code);
    }
}
