package vn.lienthong.web.rest.exchange.receipt;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.receipt.Receipts;
import vn.lienthong.exchange.receipt.SignedReceiptView;
import vn.lienthong.web.rest.Callers;

/**
 * The hub's signed receipts for a sender: {@code GET /api/v1/receipts/{documentId}} (acceptance)
 * and {@code GET /api/v1/receipts/{documentId}/deliveries/{recipient}} (delivery, once the
 * recipient confirmed its fetch). The body is the CMS SignedData in DER (docs/signatures.md).
 */
@Path("v1/receipts/{documentId}")
@Produces(ReceiptResource.PKCS7)
public class ReceiptResource {

    static final String PKCS7 = "application/pkcs7-mime";

    @EJB
    Receipts receipts;

    @GET
    public Response acceptance(@PathParam("documentId") String documentId, @Context SecurityContext security) {
        return der(receipts.acceptance(Callers.agency(security), new HubDocumentId(documentId)));
    }

    @GET
    @Path("deliveries/{recipient}")
    public Response delivery(@PathParam("documentId") String documentId, @PathParam("recipient") String recipient,
                             @Context SecurityContext security) {
        return der(receipts.delivery(Callers.agency(security), new HubDocumentId(documentId), AgencyCode.of(recipient)));
    }

    private static Response der(SignedReceiptView receipt) {
        return Response.ok(receipt.cms(), PKCS7 + "; smime-type=signed-data")
                .header("Content-Disposition", "attachment; filename=\"" + receipt.documentId().value() + ".p7s\"")
                .header("Lienthong-Timestamped", receipt.timestamped())
                .build();
    }
}
