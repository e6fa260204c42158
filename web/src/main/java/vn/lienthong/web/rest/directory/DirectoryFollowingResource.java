package vn.lienthong.web.rest.directory;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.lienthong.directory.federation.DirectoryFollower;
import vn.lienthong.directory.federation.DirectoryFollowingView;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/**
 * Where following the upstream's directory stands ({@code /api/v1/admin/federation/directory}, role
 * administrator, web.xml; docs/federation.md "Directory across hubs").
 */
@Path("v1/admin/federation/directory")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryFollowingResource {

    @EJB
    DirectoryFollower follower;

    public record FollowingJson(boolean following, String off, String upstream, String url, String tree, Long cursor,
                                OffsetDateTime lastSuccess, OffsetDateTime lastAttempt, String lastError, int failures,
                                OffsetDateTime nextAttempt, long applied, long followed) {

        static FollowingJson of(DirectoryFollowingView v) {
            return new FollowingJson(v.following(), v.off(), v.upstream() == null ? null : v.upstream().value(), v.url(), v.tree(),
                    v.cursor(), Times.local(v.lastSuccess()), Times.local(v.lastAttempt()), v.lastError(), v.failures(),
                    Times.local(v.nextAttempt()), v.applied(), v.followed());
        }
    }

    @GET
    public FollowingJson status() {
        return FollowingJson.of(follower.status());
    }
}
