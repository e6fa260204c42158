package vn.lienthong.web.rest.exchange.inbox;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import vn.lienthong.exchange.delivery.DeliveryState;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.StoredPackage;
import vn.lienthong.exchange.inbox.Acknowledgement;
import vn.lienthong.exchange.inbox.FetchOutcome;
import vn.lienthong.exchange.inbox.PackageOpening;
import vn.lienthong.exchange.inbox.InboxItem;
import vn.lienthong.exchange.inbox.InboxService;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.batch.BatchSize;
import vn.lienthong.platform.paging.Slice;
import vn.lienthong.web.rest.Callers;
import vn.lienthong.web.rest.Cursors;
import vn.lienthong.web.rest.signature.SignatureJson;


import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** A recipient's inbox: {@code /api/v1/inbox}. */
@Path("v1/inbox")
public class InboxResource {

    @EJB
    InboxService inbox;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the inbox (văn bản đến), oldest first",
            description = "Waiting documents (DELIVERED); with includeFetched=true also confirmed ones. Continue with nextCursor.")
    @APIResponse(responseCode = "200", description = "One page of the inbox", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "waiting", value = "{\"items\":[{\"documentId\":\"01a203c9-fe95-763d-b0e5-03bc739725e4\","
                    + "\"sender\":\"000.00.00.G22\",\"senderName\":\"Văn phòng Chính phủ\",\"codeNumber\":\"7816\","
                    + "\"codeNotation\":\"VPCP-TTĐT\",\"state\":\"DELIVERED\",\"fetchFailures\":0,"
                    + "\"signature\":{\"verdict\":\"UNSIGNED\"}}],\"nextCursor\":\"01a203c9-fe95-763d-b0e5-03bc739725e4\"}")))
    public Cursors<InboxItemJson> list(@QueryParam("after") String after, @QueryParam("limit") Integer limit,
                                       @QueryParam("includeFetched") boolean includeFetched,
                                       @Context SecurityContext security) {
        Slice<InboxItem> slice = inbox.list(Callers.agency(security), includeFetched, Cursors.cursor(after), Slice.limit(limit));
        return Cursors.of(slice, i -> InboxItemJson.of(i, SignatureJson.of(i.signature())));
    }

    /**
     * The package byte for byte as the sender sent it; the ETag and Repr-Digest let the client check it.
     * With {@code ?trace=hub} the hub's TraceHeader is inserted, after those of the hubs that relayed the
     * document here (docs/edxml.md, docs/federation.md), and neither is sent.
     */
    @GET
    // Not "packages" (the batch fetch below): Liberty's JAX-RS matched that literal to this template.
    // Any other segment, even a malformed id, still comes here and gets its 400.
    @Path("{documentId: (?!packages$)[^/]+}")
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @Operation(summary = "Fetch one package byte for byte",
            description = "ETag is the hex SHA-256 of the bytes, Repr-Digest its base64 form. ?trace=hub inserts the hub's TraceHeader, after the hops of a relayed document. "
                    + "Fetching does not confirm: acknowledge it.")
    @APIResponse(responseCode = "200", description = "The edXML package exactly as sent", content = @Content(mediaType = "application/xml"))
    public Response fetch(@PathParam("documentId") String documentId, @QueryParam("trace") String trace,
                          @Context SecurityContext security) {
        if (trace != null && !"hub".equals(trace)) {
            throw new InvalidRequestException("trace", "trace may only be 'hub'", "tham số trace chỉ nhận giá trị 'hub'");
        }
        if ("hub".equals(trace)) {
            StoredPackage traced = inbox.openWithHubTrace(Callers.agency(security), new HubDocumentId(documentId));
            StreamingOutput tracedBody = out -> {
                try (InputStream in = traced.content()) {
                    in.transferTo(out);
                }
            };
            Response.ResponseBuilder response = Response.ok(tracedBody, MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"));
            if (traced.sha256() != null) {
                response.header("ETag", "\"" + traced.sha256() + "\"");
            }
            return response.build();
        }
        StoredPackage stored = inbox.open(Callers.agency(security), new HubDocumentId(documentId));
        StreamingOutput body = out -> {
            try (InputStream in = stored.content()) {
                in.transferTo(out);
            }
        };
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(stored.sha256()));
        return Response.ok(body, MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
                .header("Content-Length", stored.sizeBytes())
                .header("ETag", "\"" + stored.sha256() + "\"")
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                .build();
    }

    /**
     * Several packages in one {@code multipart/mixed} response: those named by {@code id} (repeated),
     * or without {@code id} the next {@code limit} waiting ones, oldest first (204 when none waits).
     * Each part is what a single fetch answers: the package with its ETag and Repr-Digest, or its
     * problem document (docs/api.md, "Batch calls").
     */
    @GET
    @Path("packages")
    @Produces({"multipart/mixed", MediaType.APPLICATION_JSON})
    @Operation(summary = "Fetch several packages in one call (batch)",
            description = "The next limit (1-100) waiting packages, or the ones named by id; multipart/mixed, one part per package, "
                    + "a refused one as its problem document. 204 when nothing waits.")
    @APIResponse(responseCode = "200", description = "One part per package", content = @Content(mediaType = "multipart/mixed"))
    @APIResponse(responseCode = "204", description = "Nothing waits")
    public Response fetchMany(@QueryParam("id") List<String> ids, @QueryParam("limit") Integer limit,
                              @Context SecurityContext security, @Context UriInfo uri) {
        List<PackageOpening> openings;
        if (ids == null || ids.isEmpty()) {
            openings = inbox.openWaiting(Callers.agency(security), BatchSize.limit(limit));
            if (openings.isEmpty()) {
                return Response.noContent().build();
            }
        } else {
            if (limit != null) {
                throw new InvalidRequestException("limit", "give either id or limit, not both",
                        "chỉ dùng một trong hai tham số id hoặc limit");
            }
            openings = inbox.openAll(Callers.agency(security), ids.stream().map(HubDocumentId::new).toList());
        }
        PackageBatchOutput body = new PackageBatchOutput(openings, uri.getRequestUri().getPath());
        return Response.ok(body, body.mediaType()).build();
    }

    /**
     * Several acknowledgements in one call, taken in one transaction; each is answered on its own
     * (state, or the problem a single acknowledgement would get), so one refusal stops no other.
     */
    @POST
    @Path("acks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Acknowledge several fetches in one transaction (batch)",
            description = "Each acknowledgement is answered on its own: its state, or the problem the single call would get.")
    @APIResponse(responseCode = "200", description = "One result per acknowledgement, in order", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "mixed", value = "{\"results\":[{\"documentId\":\"01a203c9-fe95-763d-b0e5-03bc739725e4\","
                    + "\"state\":\"FETCHED\"},{\"documentId\":\"01a203ca-0aa7-7db3-afbd-4abefa306482\",\"problem\":{"
                    + "\"code\":\"UNKNOWN_DOCUMENT\",\"status\":404}}]}")))
    public AcknowledgementResultsJson acknowledgeMany(AcknowledgementsJson batch, @Context SecurityContext security,
                                                      @Context UriInfo uri) {
        List<Acknowledgement> acknowledgements = batch == null || batch.acknowledgements() == null ? List.of()
                : batch.acknowledgements().stream().map(InboxResource::acknowledgement).toList();
        return AcknowledgementResultsJson.of(inbox.acknowledgeAll(Callers.agency(security), acknowledgements),
                uri.getRequestUri().getPath());
    }

    private static Acknowledgement acknowledgement(AcknowledgementsJson.Item item) {
        if (item == null || item.documentId() == null) {
            throw new InvalidRequestException("documentId", "every acknowledgement needs its documentId",
                    "mỗi xác nhận cần có documentId");
        }
        return new Acknowledgement(new HubDocumentId(item.documentId()),
                outcome(new AcknowledgementJson(item.result(), item.reason())), item.reason());
    }

    @POST
    @Path("{documentId}/ack")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm a fetch (transport acknowledgement)",
            description = "{\"result\":\"done\"} takes the document out of the waiting list; {\"result\":\"failed\",\"reason\":...} "
                    + "leaves it waiting and tells the sender. A repeat is harmless.")
    @APIResponse(responseCode = "200", description = "The delivery's state", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "fetched", value = "{\"documentId\":\"01a203c9-fe95-763d-b0e5-03bc739725e4\",\"state\":\"FETCHED\"}")))
    public DeliveryStateJson acknowledge(@PathParam("documentId") String documentId, AcknowledgementJson ack,
                                         @Context SecurityContext security) {
        FetchOutcome outcome = outcome(ack);
        DeliveryState state = inbox.acknowledge(Callers.agency(security), new HubDocumentId(documentId), outcome,
                ack.reason());
        return new DeliveryStateJson(documentId, state.name());
    }

    private static FetchOutcome outcome(AcknowledgementJson ack) {
        if (ack == null || ack.result() == null) {
            throw new InvalidRequestException("result", "result is required: done or failed",
                    "cần trường result: done hoặc failed");
        }
        try {
            return FetchOutcome.valueOf(ack.result().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("result", "result must be done or failed, not '" + ack.result() + "'",
                    "result phải là done hoặc failed");
        }
    }
}
