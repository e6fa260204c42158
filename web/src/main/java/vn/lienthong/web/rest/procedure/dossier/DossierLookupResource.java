package vn.lienthong.web.rest.procedure.dossier;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.lienthong.procedure.dossier.DossierLookupView;
import vn.lienthong.procedure.dossier.DossierService;

/**
 * Citizens look a dossier up by its code and the look-up key printed on the receipt:
 * {@code GET /api/v1/lookup/dossiers/{code}?key=...} (no sign-in).
 */
@Path("v1/lookup/dossiers")
@Produces(MediaType.APPLICATION_JSON)
public class DossierLookupResource {

    @EJB
    DossierService dossiers;

    @GET
    @Path("{code}")
    public DossierLookupView lookup(@PathParam("code") String code, @QueryParam("key") String key) {
        return dossiers.lookup(code, key);
    }
}
