package vn.lienthong.web.rest.procedure;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.lienthong.platform.Slice;
import vn.lienthong.procedure.PortalSyncService;

import java.util.List;

/**
 * Administrators' view of synchronisation with the national portal: changes whose attempts are
 * used up, their re-drive, and the queue of one dossier. Protected by the administrator role in
 * web.xml ({@code /api/v1/admin/*}).
 */
@Path("v1/admin/portal-sync")
@Produces(MediaType.APPLICATION_JSON)
public class PortalSyncAdminResource {

    @EJB
    PortalSyncService syncs;

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
}
