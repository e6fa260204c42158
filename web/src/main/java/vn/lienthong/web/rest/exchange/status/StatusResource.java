package vn.lienthong.web.rest.exchange.status;

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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import vn.lienthong.exchange.status.StatusReceipt;
import vn.lienthong.exchange.relay.RelayHeaders;
import vn.lienthong.exchange.relay.RelayRequest;
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
    @Operation(summary = "Report a business status (01 arrived … 06 completed, 13/15/16 take-back)",
            description = "An edXML status package about a document the signed-in agency received (or, for 13, sent); signed and "
                    + "judged like a document.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "recorded", value = "{\"documentId\":\"01a203c9-fe95-763d-b0e5-03bc739725e4\","
                    + "\"receivedAt\":\"2026-11-22T22:05:02.375+07:00\",\"statusCode\":\"03\","
                    + "\"statusId\":\"01a203ca-0aa7-7db3-afbd-4abefa306482\",\"signature\":{\"verdict\":\"VALID\"}}")))
    public Response report(InputStream body, @HeaderParam(RelayHeaders.RELAY_FOR) String relayFor,
                           @Context SecurityContext security, @Context UriInfo uri) {
        // A peer hub relaying a status sends the agencies it serves it for (docs/federation.md); agencies send no such header.
        StatusReceipt receipt = statuses.submit(Callers.agency(security), body, RelayRequest.forStatus(relayFor));
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
    @Operation(summary = "Report several statuses in one call (batch)",
            description = "multipart/form-data, one status package per part; each part answered on its own (status or problem).")
    @APIResponse(responseCode = "200", description = "One result per part, in order", content = @Content(mediaType = "application/json"))
    public StatusResultsJson reportMany(List<EntityPart> parts, @Context SecurityContext security,
                                        @Context UriInfo uri) {
        List<EntityPart> given = parts == null ? List.of() : parts;
        List<String> names = given.stream().map(p -> p.getFileName().orElse(p.getName())).toList();
        List<InputStream> bodies = given.stream().map(EntityPart::getContent).toList();
        return StatusResultsJson.of(names, statuses.submitAll(Callers.agency(security), bodies),
                uri.getRequestUri().getPath());
    }
}
