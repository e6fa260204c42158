package vn.lienthong.web.rest.federation;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.relay.PeerAdministration;
import vn.lienthong.platform.InvalidRequestException;

import java.util.List;

/**
 * The national axis's peers below it: {@code /api/v1/admin/federation/peers} (role administrator,
 * web.xml; docs/federation.md and docs/api.md).
 */
@Path("v1/admin/federation/peers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PeerAdministrationResource {

    @EJB
    PeerAdministration peers;

    @GET
    public List<PeerJson> list() {
        return peers.list().stream().map(PeerJson::of).toList();
    }

    @GET
    @Path("{code}")
    public PeerJson get(@PathParam("code") String code) {
        return PeerJson.of(peers.get(AgencyCode.of(code)));
    }

    @PUT
    @Path("{code}")
    public PeerJson put(@PathParam("code") String code, PeerJson body, @Context SecurityContext security) {
        if (body == null) {
            throw new InvalidRequestException("body", "A JSON body is required", "Cần nội dung JSON");
        }
        return PeerJson.of(peers.put(AgencyCode.of(code), body.url(), body.account(), body.secret(),
                security.getUserPrincipal().getName()));
    }

    @DELETE
    @Path("{code}")
    public Response delete(@PathParam("code") String code, @Context SecurityContext security) {
        peers.delete(AgencyCode.of(code), security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
