package vn.lienthong.web.rest.exchange.inbox;

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
import vn.lienthong.exchange.delivery.DeliveryState;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.StoredPackage;
import vn.lienthong.exchange.inbox.FetchOutcome;
import vn.lienthong.exchange.inbox.InboxItem;
import vn.lienthong.exchange.inbox.InboxService;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.paging.Slice;
import vn.lienthong.web.rest.Callers;
import vn.lienthong.web.rest.Cursors;
import vn.lienthong.web.rest.signature.SignatureJson;


import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/** A recipient's inbox: {@code /api/v1/inbox}. */
@Path("v1/inbox")
public class InboxResource {

    @EJB
    InboxService inbox;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Cursors<InboxItemJson> list(@QueryParam("after") String after, @QueryParam("limit") Integer limit,
                                       @QueryParam("includeFetched") boolean includeFetched,
                                       @Context SecurityContext security) {
        Slice<InboxItem> slice = inbox.list(Callers.agency(security), includeFetched, Cursors.cursor(after), Slice.limit(limit));
        return Cursors.of(slice, i -> InboxItemJson.of(i, SignatureJson.of(i.signature())));
    }

    /**
     * The package byte for byte as the sender sent it; the ETag and Repr-Digest let the client check it.
     * With {@code ?trace=hub} the hub's TraceHeader is inserted (docs/edxml.md) and neither is sent.
     */
    @GET
    @Path("{documentId}")
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
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

    @POST
    @Path("{documentId}/ack")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
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
