package vn.lienthong.directory.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.lienthong.directory.change.DirectoryChanged;
import vn.lienthong.directory.change.DirectoryEventView;
import vn.lienthong.platform.outbox.OutboxService;

import java.util.Optional;

/**
 * Publishes this instance's own tree upward (docs/federation.md, "Directory across hubs"): every
 * change of an agency of the tree is queued, in the transaction of the change, as the
 * administration call the upstream's administrators would make ({@link UpwardCall}), in queue
 * {@value #QUEUE} keyed by the agency's code, so a code's changes reach the upstream in their order.
 * Only administered changes are published: the directory's own records (the sample directory, the
 * changes the follower takes from the upstream) are no {@link DirectoryChanged}.
 */
@ApplicationScoped
public class UpwardPublication {

    public static final String QUEUE = "directory-publish";

    @Inject
    FederationSettings federation;

    @Inject
    DirectoryFollowingSettings following;

    @Inject
    HubIdentity hub;

    @Inject
    OutboxService outbox;

    void changed(@Observes DirectoryChanged changed) {
        DirectoryEventView event = changed.event();
        Optional<Upstream> upstream = federation.upstream();
        if (upstream.isEmpty() || !following.tree().contains(event.agency()) || event.agency().equals(hub.code())) {
            return;
        }
        outbox.enqueue(QUEUE, event.agency().value(), event.seq(), UpwardCall.of(event).payload());
    }
}
