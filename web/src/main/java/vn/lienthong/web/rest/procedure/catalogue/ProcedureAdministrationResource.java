package vn.lienthong.web.rest.procedure.catalogue;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import vn.lienthong.procedure.catalogue.ProcedureCatalogue;
import vn.lienthong.procedure.catalogue.ProcedureJsonFormat;
import vn.lienthong.procedure.catalogue.ProcedureView;
import vn.lienthong.web.limit.BodyLimit;

import java.net.URI;

/** Administrators define procedures: {@code /api/v1/admin/procedures} (role administrator, web.xml). */
@Path("v1/admin/procedures")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureAdministrationResource {

    /** A definition lists papers, fees and steps: more than other bodies, far less than a dossier. */
    private static final String PROCEDURE_BODY = "lienthong.limit.procedure-body";
    private static final long PROCEDURE_BODY_BYTES = 1024 * 1024;

    @EJB
    ProcedureCatalogue catalogue;

    @POST
    @BodyLimit(variable = PROCEDURE_BODY, defaultBytes = PROCEDURE_BODY_BYTES)
    public Response define(JsonObject body, @Context SecurityContext security) {
        ProcedureView procedure = catalogue.define(ProcedureJsonFormat.read(body), actor(security));
        return Response.created(URI.create("/api/v1/procedures/" + procedure.code()))
                .entity(ProcedureJsonFormat.write(procedure)).build();
    }

    @PUT
    @Path("{code}")
    @BodyLimit(variable = PROCEDURE_BODY, defaultBytes = PROCEDURE_BODY_BYTES)
    public JsonObject redefine(@PathParam("code") String code, JsonObject body, @Context SecurityContext security) {
        return ProcedureJsonFormat.write(catalogue.redefine(code, ProcedureJsonFormat.read(body), actor(security)));
    }

    /** Includes withdrawn procedures, which the public catalogue hides. */
    @GET
    @Path("{code}")
    public JsonObject get(@PathParam("code") String code) {
        return ProcedureJsonFormat.write(catalogue.view(code));
    }

    /** Withdraws a procedure from intake; dossiers already received carry on. */
    @POST
    @Path("{code}/withdraw")
    public JsonObject withdraw(@PathParam("code") String code, @Context SecurityContext security) {
        return ProcedureJsonFormat.write(catalogue.setActive(code, false, actor(security)));
    }

    @POST
    @Path("{code}/reinstate")
    public JsonObject reinstate(@PathParam("code") String code, @Context SecurityContext security) {
        return ProcedureJsonFormat.write(catalogue.setActive(code, true, actor(security)));
    }

    private static String actor(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
