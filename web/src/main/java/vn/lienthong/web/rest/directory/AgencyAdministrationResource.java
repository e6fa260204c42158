package vn.lienthong.web.rest.directory;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.change.DirectoryAdministration;
import vn.lienthong.directory.change.ServingHubAdministration;
import vn.lienthong.directory.credential.AgencyCertificates;
import vn.lienthong.directory.credential.AgencySecrets;
import vn.lienthong.directory.credential.CertificateFingerprint;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.web.rest.Callers;
import vn.lienthong.web.security.HubAuthenticationMechanism;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Administrators change the directory: {@code /api/v1/admin/agencies} (roles administrator and agency,
 * web.xml). A peer hub's account makes the same calls for the agencies it serves (docs/federation.md,
 * "Directory across hubs"); every other agency is refused by the directory's services.
 */
@Path("v1/admin/agencies")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AgencyAdministrationResource {

    @EJB
    DirectoryAdministration administration;

    @EJB
    AgencyCertificates certificates;

    @EJB
    AgencySecrets secrets;

    @EJB
    ServingHubAdministration servingHubs;

    @POST
    public Response add(AgencyChangeJson body, @Context SecurityContext security) {
        AgencyChangeJson b = required(body);
        if (b.code() == null || b.code().isBlank()) {
            throw new InvalidRequestException("code", "code is required", "cần trường code (mã định danh)");
        }
        AgencyCode code = AgencyCode.of(b.code().strip());
        AgencyJson added = AgencyJson.of(administration.add(code, b.name(), optionalCode(b.parentCode()),
                Optional.ofNullable(b.secret()).filter(s -> !s.isEmpty()).map(String::toCharArray), caller(security)));
        return Response.created(URI.create("/api/v1/agencies/" + code.value())).entity(added).build();
    }

    @PUT
    @Path("{code}/name")
    public AgencyJson rename(@PathParam("code") String code, AgencyChangeJson body, @Context SecurityContext security) {
        return AgencyJson.of(administration.rename(AgencyCode.of(code), required(body).name(), body.reason(), caller(security)));
    }

    @PUT
    @Path("{code}/parent")
    public AgencyJson move(@PathParam("code") String code, AgencyChangeJson body, @Context SecurityContext security) {
        AgencyCode parent = optionalCode(required(body).parentCode()).orElseThrow(() -> new InvalidRequestException("parentCode",
                "parentCode is required", "cần trường parentCode (mã cơ quan cấp trên)"));
        return AgencyJson.of(administration.move(AgencyCode.of(code), parent, body.reason(), caller(security)));
    }

    @POST
    @Path("{code}/deactivate")
    public AgencyJson deactivate(@PathParam("code") String code, AgencyChangeJson body, @Context SecurityContext security) {
        return AgencyJson.of(administration.deactivate(AgencyCode.of(code), body == null ? null : body.reason(), caller(security)));
    }

    @POST
    @Path("{code}/merge")
    public AgencyJson merge(@PathParam("code") String code, AgencyChangeJson body, @Context SecurityContext security) {
        AgencyCode into = optionalCode(required(body).into()).orElseThrow(() -> new InvalidRequestException("into",
                "into is required: the agency that takes over", "cần trường into (cơ quan tiếp nhận)"));
        return AgencyJson.of(administration.merge(AgencyCode.of(code), into, body.reason(), caller(security)));
    }

    /**
     * Sets the agency's secret: a reset (every earlier secret stops signing in at once) unless
     * {@code keepPrevious} gives the replaced one the grace period of a rotation.
     */
    @PUT
    @Path("{code}/secret")
    public SecretChangeJson setSecret(@PathParam("code") String code, SecretJson body, @Context SecurityContext security) {
        return SecretChangeJson.of(secrets.setByAdministrator(AgencyCode.of(code), SecretJson.chosen(body),
                SecretJson.keepsPrevious(body), caller(security)));
    }

    /** Registers a client certificate (PEM) with which the agency's software signs in over mutual TLS. */
    @POST
    @Path("{code}/certificates")
    public Response registerCertificate(@PathParam("code") String code, AgencyCertificateJson body,
                                        @Context SecurityContext security) {
        if (body == null) {
            throw new InvalidRequestException("certificate", "A JSON body with certificate (PEM) is required",
                    "Cần nội dung JSON có trường certificate (PEM)");
        }
        AgencyCertificateJson registered = AgencyCertificateJson.of(
                certificates.register(AgencyCode.of(code), body.certificate(), caller(security)));
        return Response.status(Response.Status.CREATED).entity(registered).build();
    }

    @GET
    @Path("{code}/certificates")
    public List<AgencyCertificateJson> certificates(@PathParam("code") String code, @Context SecurityContext security) {
        return certificates.of(AgencyCode.of(code), caller(security)).stream().map(AgencyCertificateJson::of).toList();
    }

    @DELETE
    @Path("{code}/certificates/{fingerprint}")
    public Response removeCertificate(@PathParam("code") String code, @PathParam("fingerprint") String fingerprint,
                                      @Context SecurityContext security) {
        boolean removed = certificates.remove(AgencyCode.of(code), new CertificateFingerprint(fingerprint), caller(security));
        return Response.status(removed ? Response.Status.NO_CONTENT : Response.Status.NOT_FOUND).build();
    }

    /** Through which peer hub the agency is reached (docs/federation.md); absent {@code servedBy}: this instance. */
    @GET
    @Path("{code}/served-by")
    public ServingHubJson servingHub(@PathParam("code") String code, @Context SecurityContext security) {
        return ServingHubJson.of(servingHubs.of(AgencyCode.of(code), caller(security)));
    }

    @PUT
    @Path("{code}/served-by")
    public ServingHubJson serveThrough(@PathParam("code") String code, ServingHubJson body, @Context SecurityContext security) {
        AgencyCode hub = optionalCode(body == null ? null : body.hub()).orElseThrow(() -> new InvalidRequestException("hub",
                "hub is required: the code of the hub through which the agency is reached",
                "cần trường hub (mã của trục phục vụ cơ quan)"));
        return ServingHubJson.of(servingHubs.assign(AgencyCode.of(code), hub, caller(security)));
    }

    @DELETE
    @Path("{code}/served-by")
    public ServingHubJson serveHere(@PathParam("code") String code, @Context SecurityContext security) {
        return ServingHubJson.of(servingHubs.release(AgencyCode.of(code), caller(security)));
    }

    private static AgencyChangeJson required(AgencyChangeJson body) {
        if (body == null) {
            throw new InvalidRequestException("body", "A JSON body is required", "Cần nội dung JSON");
        }
        return body;
    }

    private static Optional<AgencyCode> optionalCode(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(AgencyCode.of(value.strip()));
    }

    /**
     * An administrator, or a peer hub's account publishing its own tree (docs/federation.md): the
     * directory's services decide what each may do.
     */
    private static Caller caller(SecurityContext security) {
        if (security.isUserInRole(HubAuthenticationMechanism.ADMINISTRATOR_ROLE)) {
            return Caller.administrator(security.getUserPrincipal().getName());
        }
        return Caller.agency(Callers.agency(security));
    }
}
