package vn.lienthong.web.rest.queue;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.outbox.OutboxService;
import vn.lienthong.platform.paging.Slice;

import java.util.List;

/**
 * Every durable queue of the hub in one place: counts per queue and state, the FAILED items of a
 * queue, the items of one key, and re-driving a FAILED item: {@code /api/v1/admin/queues} (role
 * administrator, web.xml).
 */
@Path("v1/admin/queues")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class QueueAdministrationResource {

    @EJB
    OutboxService outbox;

    @GET
    public List<QueueCountsJson> counts() {
        return QueueCountsJson.of(outbox.counts());
    }

    @GET
    @Path("{queue}/failures")
    public List<QueuedItemJson> failures(@PathParam("queue") String queue, @QueryParam("limit") Integer limit) {
        return outbox.failures(queue, Slice.limit(limit)).stream().map(QueuedItemJson::of).toList();
    }

    @GET
    @Path("{queue}/items")
    public List<QueuedItemJson> items(@PathParam("queue") String queue, @QueryParam("key") String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidRequestException("key", "key is required", "Cần khoá của các mục (key)");
        }
        return outbox.items(queue, key.strip()).stream().map(QueuedItemJson::of).toList();
    }

    @POST
    @Path("{queue}/items/{id}/redrive")
    public QueuedItemJson redrive(@PathParam("queue") String queue, @PathParam("id") long id) {
        return QueuedItemJson.of(outbox.redrive(queue, id));
    }
}
