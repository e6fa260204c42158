package vn.lienthong.web.rest.exchange.push;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.push.PushService;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.paging.Slice;
import vn.lienthong.web.rest.Cursors;

import java.util.Optional;

/**
 * Administrators' view of pushes that used up their schedule, and the re-drive of one or all:
 * {@code /api/v1/admin/push/dead-letters}. Protected by the administrator role in web.xml.
 */
@Path("v1/admin/push/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class PushDeadLetterResource {

    @EJB
    PushService pushes;

    @GET
    public Cursors<DeadPushJson> list(@QueryParam("recipient") String recipient, @QueryParam("after") String after,
                                      @QueryParam("limit") Integer limit) {
        return Cursors.of(pushes.deadLetters(recipient(recipient), cursor(after), Slice.limit(limit)), DeadPushJson::of);
    }

    @POST
    @Path("{documentId}/{recipient}/redrive")
    public RedriveJson redriveOne(@PathParam("documentId") String documentId, @PathParam("recipient") String recipient) {
        return new RedriveJson(pushes.redrive(new HubDocumentId(documentId), AgencyCode.of(recipient)).name(), null);
    }

    /** Re-drives every dead push, or those of one recipient. */
    @POST
    @Path("redrive")
    public RedriveJson redriveAll(@QueryParam("recipient") String recipient) {
        return new RedriveJson(null, pushes.redriveAll(recipient(recipient)));
    }

    /** One re-drive answers the push state now; re-drive all answers how many were sent again. */
    public record RedriveJson(String pushState, Integer redriven) {
    }

    private static Optional<AgencyCode> recipient(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(AgencyCode.of(value.strip()));
    }

    private static Optional<Long> cursor(String after) {
        if (after == null || after.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(after.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("after", "after must be the nextCursor of a previous page",
                    "after phải là nextCursor của trang trước");
        }
    }
}
