package vn.lienthong.web.rest.exchange.push;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import vn.lienthong.exchange.push.PushEndpointRegistry;
import vn.lienthong.exchange.push.PushTarget;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.web.rest.Callers;

/** The signed-in agency's push endpoint: {@code /api/v1/push-endpoint}. */
@Path("v1/push-endpoint")
public class PushEndpointResource {

    @EJB
    PushEndpointRegistry registry;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@Context SecurityContext security) {
        return registry.find(Callers.agency(security))
                .map(v -> Response.ok(PushEndpointJson.of(v)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public PushEndpointJson register(PushEndpointJson request, @Context SecurityContext security) {
        if (request == null) {
            throw new InvalidRequestException("url", "A JSON body with url is required", "Cần nội dung JSON có trường url");
        }
        return PushEndpointJson.of(registry.register(Callers.agency(security),
                PushTarget.of(request.url(), request.username(), request.secret())));
    }

    /** Stops pushing; what waits for a push waits for pull instead. */
    @DELETE
    public Response remove(@Context SecurityContext security) {
        registry.remove(Callers.agency(security));
        return Response.noContent().build();
    }
}
