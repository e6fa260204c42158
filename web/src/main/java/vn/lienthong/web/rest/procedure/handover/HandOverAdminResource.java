package vn.lienthong.web.rest.procedure.handover;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.lienthong.platform.paging.Slice;
import vn.lienthong.platform.outbox.QueuedItem;
import vn.lienthong.platform.outbox.OutboxService;
import vn.lienthong.procedure.handover.HandOverNotFailedException;
import vn.lienthong.procedure.handover.HandOverSender;
import vn.lienthong.procedure.handover.UnknownHandOverException;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Administrators' view of the hand-overs of dossier steps to other agencies through the axis: those
 * whose attempts are used up, their re-drive, and the hand-overs of one dossier. Protected by the
 * administrator role in web.xml ({@code /api/v1/admin/*}). The same queue as
 * {@code /api/v1/admin/queues/handover}.
 */
@Path("v1/admin/handovers")
@Produces(MediaType.APPLICATION_JSON)
public class HandOverAdminResource {

    @EJB
    OutboxService outbox;

    @GET
    @Path("failures")
    public List<HandOverJson> failures(@QueryParam("limit") Integer limit) {
        return outbox.failures(HandOverSender.QUEUE, Slice.limit(limit)).stream().map(HandOverJson::of).toList();
    }

    @POST
    @Path("failures/{dossierCode}/{step}/retry")
    public HandOverJson retry(@PathParam("dossierCode") String dossierCode, @PathParam("step") int step) {
        return HandOverJson.of(outbox.redrive(HandOverSender.QUEUE, dossierCode, step,
                () -> new UnknownHandOverException(dossierCode, step),
                state -> new HandOverNotFailedException(dossierCode, step, state)));
    }

    @GET
    @Path("dossiers/{dossierCode}")
    public List<HandOverJson> ofDossier(@PathParam("dossierCode") String dossierCode) {
        return outbox.items(HandOverSender.QUEUE, dossierCode).stream().map(HandOverJson::of).toList();
    }

    public record HandOverJson(String dossierCode, int step, String owner, String state, int attempts,
                               OffsetDateTime nextAttemptAt, String lastError, OffsetDateTime createdAt,
                               OffsetDateTime sentAt) {
        static HandOverJson of(QueuedItem h) {
            return new HandOverJson(h.key(), h.seqAsInt(), h.payload().orElse(null), h.state().name(), h.attempts(),
                    Times.local(h.nextAttemptAt()), h.lastError().orElse(null), Times.local(h.createdAt()),
                    h.sentAt().map(Times::local).orElse(null));
        }
    }
}
