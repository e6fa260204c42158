package vn.lienthong.web.rest.reporting;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import vn.lienthong.reporting.export.ExportService;
import vn.lienthong.reporting.regime.RegimeJsonFormat;
import vn.lienthong.reporting.regime.RegimeService;
import vn.lienthong.reporting.regime.RegimeView;

import java.io.InputStream;
import java.net.URI;

/**
 * Administrators define report regimes: {@code /api/v1/admin/reporting/regimes} (role administrator,
 * web.xml). The body is the regime's JSON form (docs/reporting.md), with {@code validFrom} beside it.
 */
@Path("v1/admin/reporting/regimes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RegimeAdministrationResource {

    @EJB
    RegimeService regimes;

    @POST
    public Response define(InputStream body, @Context SecurityContext security) {
        JsonObject json = ReportingRequests.json(body);
        RegimeView defined = regimes.define(ReportingRequests.caller(security), RegimeJsonFormat.read(json),
                ReportingRequests.string(json, "validFrom"));
        return Response.created(URI.create("/api/v1/reporting/regimes/" + defined.code())).entity(defined).build();
    }

    /**
     * Imports a regime from a template file: XLSX (the template of {@code GET .../template.xlsx}) or
     * JSON (the regime's JSON form, or a QCVN 125 regime packet). A regime that exists gets a new
     * version from the template's {@code validFrom}.
     */
    @POST
    @Path("import")
    @Consumes({ExportService.XLSX, MediaType.APPLICATION_JSON})
    public Response importTemplate(InputStream body, @Context HttpHeaders headers, @Context SecurityContext security) {
        byte[] bytes = ReportingRequests.bytes(body);
        MediaType type = headers.getMediaType();
        RegimeView imported = type != null && type.isCompatible(MediaType.valueOf(ExportService.XLSX))
                ? regimes.importTemplate(ReportingRequests.caller(security), bytes)
                : regimes.importDefinition(ReportingRequests.caller(security), ReportingRequests.json(bytes));
        return Response.created(URI.create("/api/v1/reporting/regimes/" + imported.code() + "?version=" + imported.version()))
                .entity(imported).build();
    }

    @POST
    @Path("{code}/versions")
    public Response addVersion(@PathParam("code") String code, InputStream body, @Context SecurityContext security) {
        JsonObject json = ReportingRequests.json(body);
        RegimeView added = regimes.addVersion(ReportingRequests.caller(security), code, RegimeJsonFormat.read(json),
                ReportingRequests.string(json, "validFrom"));
        return Response.created(URI.create("/api/v1/reporting/regimes/" + code + "?version=" + added.version())).entity(added).build();
    }
}
