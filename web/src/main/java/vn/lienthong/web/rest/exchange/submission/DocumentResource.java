package vn.lienthong.web.rest.exchange.submission;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import vn.lienthong.exchange.receipt.SignedReceiptView;
import vn.lienthong.exchange.relay.RelayHeaders;
import vn.lienthong.exchange.relay.RelayRequest;
import vn.lienthong.exchange.submission.SubmissionAnswer;
import vn.lienthong.exchange.submission.SubmissionReceipt;
import vn.lienthong.exchange.submission.SubmissionService;
import vn.lienthong.web.rest.Callers;
import vn.lienthong.web.rest.signature.SignatureJson;
import java.util.Base64;

import java.io.InputStream;

/** Sending a document package: {@code POST /api/v1/documents} with the edXML as the body. */
@Path("v1/documents")
public class DocumentResource {

    @EJB
    SubmissionService submissions;

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a document package (gửi văn bản)",
            description = "The edXML package as the sender's software produced it. A repeat of the same bytes, or of the same "
                    + "Idempotency-Key, answers the first answer again with Idempotent-Replayed: true.")
    @APIResponse(responseCode = "201", description = "Accepted and durable; deliveries follow", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "accepted", value = "{\"documentId\":\"01a203c9-fe95-763d-b0e5-03bc739725e4\","
                    + "\"edxmlDocumentId\":\"000.00.00.G22,2026/11/20,7816/VPCP-TTĐT\",\"receivedAt\":\"2026-11-22T22:04:59.285+07:00\","
                    + "\"recipients\":[\"000.00.00.H41\"],\"sender\":\"000.00.00.G22\",\"sizeBytes\":4612,"
                    + "\"signature\":{\"verdict\":\"UNSIGNED\"},\"receipt\":\"MIAGCSqGSIb3DQEHAqCAMIACAQEx…\"}")))
    public Response send(InputStream body, @HeaderParam("Idempotency-Key") String idempotencyKey,
                         @HeaderParam(RelayHeaders.RELAY_FOR) String relayFor, @HeaderParam(RelayHeaders.RELAY_HOPS) String relayHops,
                         @Context SecurityContext security, @Context UriInfo uri) {
        SubmissionAnswer sent = submissions.send(Callers.agency(security), body, IdempotencyKeys.of(idempotencyKey),
                RelayRequest.of(relayFor, relayHops));
        SubmissionReceipt receipt = sent.receipt();
        Response.ResponseBuilder answer = Response
                .created(uri.getBaseUriBuilder().path("v1/sent/{id}").build(receipt.documentId().value()))
                .entity(ReceiptJson.of(receipt, SignatureJson.of(sent.signature()),
                        sent.signedReceipt().map(s -> Base64.getEncoder().encodeToString(s.cms())).orElse(null),
                        sent.signedReceipt().map(SignedReceiptView::timestamped).orElse(false)));
        if (receipt.replayed()) {
            answer.header("Idempotent-Replayed", "true");
        }
        return answer.build();
    }
}
