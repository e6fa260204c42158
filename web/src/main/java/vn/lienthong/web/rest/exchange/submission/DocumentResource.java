package vn.lienthong.web.rest.exchange.submission;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.receipt.Receipts;
import vn.lienthong.exchange.receipt.SignedReceipt;
import vn.lienthong.exchange.submission.SubmissionReceipt;
import vn.lienthong.exchange.submission.SubmissionService;
import vn.lienthong.signature.verification.SignatureVerdicts;
import vn.lienthong.web.rest.Callers;
import vn.lienthong.web.rest.signature.SignatureJson;
import jakarta.ejb.EJBException;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;

import java.io.InputStream;

/** Sending a document package: {@code POST /api/v1/documents} with the edXML as the body. */
@Path("v1/documents")
public class DocumentResource {

    private static final Logger LOG = Logger.getLogger(DocumentResource.class.getName());

    @EJB
    SubmissionService submissions;

    @EJB
    SignatureVerdicts verdicts;

    @EJB
    Receipts receipts;

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response send(InputStream body, @HeaderParam("Idempotency-Key") String idempotencyKey,
                         @Context SecurityContext security, @Context UriInfo uri) {
        AgencyCode sender = Callers.agency(security);
        SubmissionReceipt receipt = submissions.submit(sender, body, IdempotencyKeys.of(idempotencyKey));
        SignedReceipt signed = null;
        try {
            signed = receipts.acceptance(sender, receipt.documentId());
        } catch (EJBException e) {
            // The document is accepted either way; the receipt can be fetched later.
            LOG.log(Level.WARNING, e, () -> "Acceptance receipt of " + receipt.documentId() + " not made now");
        }
        Response.ResponseBuilder answer = Response
                .created(uri.getBaseUriBuilder().path("v1/sent/{id}").build(receipt.documentId().value()))
                .entity(ReceiptJson.of(receipt, SignatureJson.of(verdicts.of(receipt.documentId().value()),
                                verdicts.pdfSignaturesOf(receipt.documentId().value())),
                        signed == null ? null : Base64.getEncoder().encodeToString(signed.cms()),
                        signed != null && signed.timestamped()));
        if (receipt.replayed()) {
            answer.header("Idempotent-Replayed", "true");
        }
        return answer.build();
    }
}
