package vn.lienthong.web.rest.procedure.catalogue;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.paging.Page;
import vn.lienthong.platform.paging.PageRequest;
import vn.lienthong.procedure.catalogue.ProcedureCatalogue;
import vn.lienthong.procedure.catalogue.ProcedureJsonFormat;
import vn.lienthong.procedure.catalogue.ProcedureView;

import java.util.Optional;

/** The public catalogue: {@code GET /api/v1/procedures} (no sign-in, web.xml). */
@Path("v1/procedures")
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureResource {

    @EJB
    ProcedureCatalogue catalogue;

    @GET
    public JsonObject list(@QueryParam("agency") String agency, @QueryParam("field") String field,
                           @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Page<ProcedureView> found = catalogue.list(
                Optional.ofNullable(agency).filter(a -> !a.isBlank()).map(AgencyCode::of),
                Optional.ofNullable(field).filter(f -> !f.isBlank()), PageRequest.of(page, size));
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.items().forEach(p -> items.add(ProcedureJsonFormat.write(p)));
        return Json.createObjectBuilder().add("items", items).add("page", found.page())
                .add("size", found.size()).add("total", found.total()).build();
    }

    @GET
    @Path("{code}")
    public JsonObject get(@PathParam("code") String code) {
        return ProcedureJsonFormat.write(catalogue.publicView(code));
    }
}
