package vn.lienthong.web.rest.procedure.portal;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.lienthong.platform.paging.Slice;
import vn.lienthong.procedure.portal.PortalDrift;
import vn.lienthong.procedure.portal.PortalReconciliation;
import vn.lienthong.procedure.portal.PortalSyncService;

import java.util.List;

/**
 * Administrators' view of synchronisation with the national portal: changes whose attempts are
 * used up, their re-drive, the queue of one dossier, and the reconciliation report. Protected by the administrator role in
 * web.xml ({@code /api/v1/admin/*}).
 */
@Path("v1/admin/portal-sync")
@Produces(MediaType.APPLICATION_JSON)
public class PortalSyncAdminResource {

    @EJB
    PortalSyncService syncs;

    @EJB
    PortalReconciliation reconciliation;

    /** Also {@code /admin/queues/portal-sync/failures}. */
    @GET
    @Path("failures")
    public List<PortalSyncJson> failures(@QueryParam("limit") Integer limit) {
        return syncs.failures(Slice.limit(limit)).stream().map(PortalSyncJson::of).toList();
    }

    @POST
    @Path("failures/{dossierCode}/{seq}/retry")
    public PortalSyncJson retry(@PathParam("dossierCode") String dossierCode, @PathParam("seq") int seq) {
        return PortalSyncJson.of(syncs.retry(dossierCode, seq));
    }

    @GET
    @Path("dossiers/{dossierCode}")
    public List<PortalSyncJson> ofDossier(@PathParam("dossierCode") String dossierCode) {
        return syncs.of(dossierCode).stream().map(PortalSyncJson::of).toList();
    }

    /** The most recently changed dossiers ({@code limit}, default as for lists) whose portal status is not ours. */
    @GET
    @Path("reconciliation")
    public List<DriftJson> drifts(@QueryParam("limit") Integer limit) {
        return reconciliation.drifts(Slice.limit(limit)).stream().map(DriftJson::of).toList();
    }

    /** Sends the current status of every drifted dossier again; answers which were queued. */
    @POST
    @Path("reconciliation")
    public ResentJson resend(@QueryParam("limit") Integer limit) {
        return new ResentJson(reconciliation.resend(Slice.limit(limit)));
    }

    public record DriftJson(String dossierCode, int hubStatus, Integer portalStatus, String queue, String portalError) {
        static DriftJson of(PortalDrift d) {
            return new DriftJson(d.dossierCode(), d.hubStatus(), d.portalStatus().orElse(null), d.queue().name(),
                    d.portalError().orElse(null));
        }
    }

    public record ResentJson(List<String> resent) {
    }
}
