package vn.lienthong.web.rest.procedure.dossier;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.DirectoryService;
import vn.lienthong.procedure.catalogue.Procedure;
import vn.lienthong.procedure.catalogue.ProcedureCatalogue;
import vn.lienthong.procedure.dossier.Dossier;
import vn.lienthong.procedure.dossier.DossierService;
import vn.lienthong.procedure.dossier.NationalStatusMapping;
import vn.lienthong.web.rest.Times;

/**
 * Citizens look a dossier up by its code and the look-up key printed on the receipt:
 * {@code GET /api/v1/lookup/dossiers/{code}?key=...} (no sign-in).
 */
@Path("v1/lookup/dossiers")
@Produces(MediaType.APPLICATION_JSON)
public class DossierLookupResource {

    @EJB
    DossierService dossiers;

    @EJB
    ProcedureCatalogue catalogue;

    @EJB
    DirectoryService directory;

    @Inject
    NationalStatusMapping nationalStatus;

    @GET
    @Path("{code}")
    public DossierLookupJson lookup(@PathParam("code") String code, @QueryParam("key") String key) {
        Dossier d = dossiers.lookup(code, key);
        Procedure p = catalogue.get(d.procedureCode());
        String agencyName = directory.findAgency(d.agency()).map(Agency::name).orElse(null);
        return new DossierLookupJson(d.code(), p.code(), p.name(), d.agency().value(), agencyName,
                nationalStatus.codeOf(d.state()), d.state().name(), Times.local(d.receivedAt().orElse(null)),
                Times.local(d.dueAt().orElse(null)), Times.local(d.returnedAt().orElse(null)));
    }
}
