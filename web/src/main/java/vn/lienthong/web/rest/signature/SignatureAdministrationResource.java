package vn.lienthong.web.rest.signature;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.signature.policy.PolicyMode;
import vn.lienthong.signature.policy.SignaturePolicies;
import vn.lienthong.signature.policy.SignaturePolicy;
import vn.lienthong.signature.policy.SignerBindingView;
import vn.lienthong.signature.policy.SignerBindings;
import vn.lienthong.signature.revocation.RevocationFailure;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Administrators set each agency's signature policy and say which signers belong to it:
 * {@code /api/v1/admin/signatures/{code}/policy} and {@code .../signers} (role administrator, web.xml).
 */
@Path("v1/admin/signatures/{code}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SignatureAdministrationResource {

    @EJB
    SignaturePolicies policies;

    @EJB
    SignerBindings bindings;

    public record PolicyJson(String mode, Boolean acceptSha1, String revocationFailure, Boolean own) {
        static PolicyJson of(SignaturePolicy p, boolean own) {
            return new PolicyJson(p.mode().name(), p.acceptSha1(), p.revocationFailure().name(), own);
        }
    }

    /** Either {@code certificate} (PEM) or {@code subjectAttribute} (e.g. {@code OU=000.00.00.H41}). */
    public record SignerRequestJson(String certificate, String subjectAttribute) {
    }

    public record SignerJson(String id, String agency, String kind, String match, String description, String registeredBy) {
        static SignerJson of(SignerBindingView b) {
            return new SignerJson(b.id(), b.agency().value(), b.kind().name(), b.matchValue(), b.description(), b.registeredBy());
        }
    }

    @GET
    @Path("policy")
    public PolicyJson policy(@PathParam("code") String code) {
        AgencyCode agency = AgencyCode.of(code);
        return PolicyJson.of(policies.policyOf(agency), policies.hasOwn(agency));
    }

    @PUT
    @Path("policy")
    public PolicyJson setPolicy(@PathParam("code") String code, PolicyJson body, @Context SecurityContext security) {
        if (body == null || body.mode() == null) {
            throw new InvalidRequestException("mode", "mode is required: REQUIRE_VALID or ACCEPT_UNSIGNED",
                    "cần trường mode: REQUIRE_VALID hoặc ACCEPT_UNSIGNED");
        }
        PolicyMode mode = parse(PolicyMode.class, "mode", body.mode());
        RevocationFailure failure = body.revocationFailure() == null ? null
                : parse(RevocationFailure.class, "revocationFailure", body.revocationFailure());
        AgencyCode agency = AgencyCode.of(code);
        return PolicyJson.of(policies.set(agency, mode, Boolean.TRUE.equals(body.acceptSha1()), failure, actor(security)), true);
    }

    @DELETE
    @Path("policy")
    public Response resetPolicy(@PathParam("code") String code) {
        policies.reset(AgencyCode.of(code));
        return Response.noContent().build();
    }

    @GET
    @Path("signers")
    public List<SignerJson> signers(@PathParam("code") String code) {
        return bindings.of(AgencyCode.of(code)).stream().map(SignerJson::of).toList();
    }

    @POST
    @Path("signers")
    public Response bind(@PathParam("code") String code, SignerRequestJson body, @Context SecurityContext security) {
        AgencyCode agency = AgencyCode.of(code);
        boolean certificate = body != null && body.certificate() != null && !body.certificate().isBlank();
        boolean attribute = body != null && body.subjectAttribute() != null && !body.subjectAttribute().isBlank();
        if (certificate == attribute) {
            throw new InvalidRequestException("certificate", "Give either certificate (PEM) or subjectAttribute, not both or neither",
                    "Cần đúng một trong hai trường: certificate (PEM) hoặc subjectAttribute");
        }
        SignerBindingView binding = certificate ? bindings.bindCertificate(agency, body.certificate(), actor(security))
                : bindings.bindSubjectAttribute(agency, body.subjectAttribute(), actor(security));
        return Response.created(URI.create("/api/v1/admin/signatures/" + code + "/signers/" + binding.id()))
                .entity(SignerJson.of(binding)).build();
    }

    @DELETE
    @Path("signers/{id}")
    public Response unbind(@PathParam("code") String code, @PathParam("id") String id) {
        if (!bindings.remove(AgencyCode.of(code), id)) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, field + " '" + value + "' is not one of " + List.of(type.getEnumConstants()),
                    field + " '" + value + "' không hợp lệ");
        }
    }

    private static String actor(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
