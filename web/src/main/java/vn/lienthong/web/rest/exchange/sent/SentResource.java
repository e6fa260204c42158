package vn.lienthong.web.rest.exchange.sent;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.sent.SentDocumentView;
import vn.lienthong.exchange.sent.SentDocuments;
import vn.lienthong.platform.paging.Slice;
import vn.lienthong.web.rest.Callers;
import vn.lienthong.web.rest.Cursors;
import vn.lienthong.web.rest.signature.SignatureJson;


/** What an agency sent and where each document stands: {@code /api/v1/sent}. */
@Path("v1/sent")
@Produces(MediaType.APPLICATION_JSON)
public class SentResource {

    @EJB
    SentDocuments sent;

    @GET
    public Cursors<SentDocumentJson> list(@QueryParam("before") String before, @QueryParam("limit") Integer limit,
                                          @Context SecurityContext security) {
        Slice<SentDocumentView> slice = sent.list(Callers.agency(security), Cursors.cursor(before), Slice.limit(limit));
        return Cursors.of(slice, v -> SentDocumentJson.of(v, SignatureJson.of(v.signature())));
    }

    @GET
    @Path("{documentId}")
    public SentDocumentJson get(@PathParam("documentId") String documentId, @Context SecurityContext security) {
        SentDocumentView view = sent.get(Callers.agency(security), new HubDocumentId(documentId));
        return SentDocumentJson.of(view, SignatureJson.of(view.signature()));
    }
}
