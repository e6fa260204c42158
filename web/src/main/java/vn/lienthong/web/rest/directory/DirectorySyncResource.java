package vn.lienthong.web.rest.directory;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.lienthong.directory.change.DirectoryChangePage;
import vn.lienthong.directory.change.DirectoryChanges;
import vn.lienthong.directory.change.DirectorySnapshot;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.paging.Slice;
import vn.lienthong.web.rest.Times;
import vn.lienthong.web.rest.signature.SignedByHub;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Keeping a copy of the directory: a full snapshot with the cursor it is consistent with, then
 * the changes since that cursor ({@code /api/v1/directory}). Both answers carry the hub's detached
 * signature of their exact body ({@link SignedByHub}), so a copy passed on by a third party can be
 * checked against the hub's certificate.
 */
@Path("v1/directory")
@Produces(MediaType.APPLICATION_JSON)
public class DirectorySyncResource {

    @EJB
    DirectoryChanges changes;

    public record ChangesJson(List<DirectoryEventJson> events, long nextCursor, long latest, boolean more) {
    }

    public record SnapshotJson(long cursor, OffsetDateTime takenAt, List<AgencyJson> agencies) {
    }

    @GET
    @SignedByHub
    @Path("changes")
    public ChangesJson changes(@QueryParam("since") String since, @QueryParam("limit") Integer limit) {
        DirectoryChangePage page = changes.since(cursor(since), Slice.limit(limit));
        return new ChangesJson(page.events().stream().map(DirectoryEventJson::of).toList(), page.nextCursor(), page.latest(),
                page.more());
    }

    @GET
    @SignedByHub
    @Path("snapshot")
    public SnapshotJson snapshot() {
        DirectorySnapshot snapshot = changes.snapshot();
        return new SnapshotJson(snapshot.cursor(), Times.local(snapshot.takenAt()),
                snapshot.agencies().stream().map(AgencyJson::of).toList());
    }

    private static long cursor(String since) {
        if (since == null || since.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(since.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("since", "since must be 0 or a cursor the hub gave",
                    "since phải là 0 hoặc con trỏ do trục trả về");
        }
    }
}
