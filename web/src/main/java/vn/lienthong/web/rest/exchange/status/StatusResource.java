package vn.lienthong.web.rest.exchange.status;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import vn.lienthong.exchange.status.StatusReceipt;
import vn.lienthong.exchange.status.StatusService;
import vn.lienthong.web.rest.Callers;

import java.io.InputStream;
import java.util.List;

/** A recipient reports a business status about a document: {@code POST /api/v1/statuses} with a status package. */
@Path("v1/statuses")
public class StatusResource {

    @EJB
    StatusService statuses;

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response report(InputStream body, @Context SecurityContext security, @Context UriInfo uri) {
        StatusReceipt receipt = statuses.submit(Callers.agency(security), body);
        return Response.status(Response.Status.CREATED).entity(StatusReceiptJson.of(receipt)).build();
    }

    /**
     * Several status packages in one call ({@code multipart/form-data}, one package per part, e.g.
     * {@code curl -F status=@a.edxml -F status=@b.edxml}): each is judged and recorded as a single
     * {@code POST /statuses} would be, and answered on its own, in the order sent.
     */
    @POST
    @Path("batch")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public StatusResultsJson reportMany(List<EntityPart> parts, @Context SecurityContext security,
                                        @Context UriInfo uri) {
        List<EntityPart> given = parts == null ? List.of() : parts;
        List<String> names = given.stream().map(p -> p.getFileName().orElse(p.getName())).toList();
        List<InputStream> bodies = given.stream().map(EntityPart::getContent).toList();
        return StatusResultsJson.of(names, statuses.submitAll(Callers.agency(security), bodies),
                uri.getRequestUri().getPath());
    }
}
