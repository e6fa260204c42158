package vn.lienthong.web.rest.evidence;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.evidence.EvidenceBundleView;
import vn.lienthong.exchange.evidence.EvidenceBundles;
import vn.lienthong.web.rest.Callers;
import vn.lienthong.web.security.HubAuthenticationMechanism;

/**
 * A document's evidence bundle: {@code GET /api/v1/evidence/{documentId}}, an ASiC-E style ZIP
 * (docs/evidence.md). For the document's sender and administrators; EvidenceBundles decides.
 */
@Path("v1/evidence/{documentId}")
public class EvidenceBundleResource {

    @EJB
    EvidenceBundles bundles;

    @GET
    @Produces(EvidenceBundleView.MEDIA_TYPE)
    @Operation(summary = "Export a document's evidence bundle (xuất gói bằng chứng)",
            description = "The package as received, its receipts and statuses, its message-log entries with the hash-chain "
                    + "proof up to a signed head, and the hub certificate, in a ZIP whose manifest the hub key signs. "
                    + "For the document's sender and administrators.")
    @APIResponse(responseCode = "200", description = "The bundle (application/vnd.etsi.asic-e+zip)")
    @APIResponse(responseCode = "410", description = "The package was purged under a retention rule (DOCUMENT_PURGED)")
    public Response export(@PathParam("documentId") String documentId, @Context SecurityContext security) {
        EvidenceBundleView bundle = bundles.export(caller(security), new HubDocumentId(documentId));
        StreamingOutput body = bundle::writeTo;
        return Response.ok(body, EvidenceBundleView.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + bundle.fileName() + "\"")
                .build();
    }

    private static Caller caller(SecurityContext security) {
        if (security.isUserInRole(HubAuthenticationMechanism.ADMINISTRATOR_ROLE)) {
            return Caller.administrator(security.getUserPrincipal().getName());
        }
        return Caller.agency(Callers.agency(security));
    }
}
