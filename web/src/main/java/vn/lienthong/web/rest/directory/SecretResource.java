package vn.lienthong.web.rest.directory;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.lienthong.directory.credential.AgencySecrets;
import vn.lienthong.web.rest.Callers;
import vn.lienthong.web.security.SignInMethod;

/**
 * The signed-in agency changes its own secret: {@code PUT /api/v1/secret}. The one it replaces
 * keeps signing in for the grace period, while the agency updates its software.
 */
@Path("v1/secret")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SecretResource {

    @EJB
    AgencySecrets secrets;

    @PUT
    public SecretChangeJson rotate(SecretJson body, @Context SecurityContext security, @Context HttpServletRequest request) {
        return SecretChangeJson.of(secrets.rotateOwn(Callers.agency(security),
                SignInMethod.of(request) == SignInMethod.PREVIOUS_SECRET, SecretJson.chosen(body)));
    }
}
