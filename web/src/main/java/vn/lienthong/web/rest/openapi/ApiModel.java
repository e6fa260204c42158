package vn.lienthong.web.rest.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import vn.lienthong.web.problem.Problem;

import java.util.Map;

/**
 * The parts of the document no resource states (mp.openapi.model.reader): what the API is, how callers
 * sign in, and the problem document every refusal is answered with, defined once under
 * {@code components} and referenced by {@link ProblemResponses}.
 */
public class ApiModel implements OASModelReader {

    /** {@code #/components/schemas/Problem}. */
    public static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    /** {@code #/components/responses/Problem}. */
    public static final String PROBLEM_RESPONSE = "#/components/responses/Problem";

    @Override
    public OpenAPI buildModel() {
        return OASFactory.createOpenAPI()
                .info(OASFactory.createInfo().title("LienThong REST API").version("v1")
                        .description("Trục liên thông văn bản, dịch vụ công và báo cáo quốc gia — the hub's REST contract. "
                                + "Agencies sign in with HTTP Basic (agency code and secret) or a registered client certificate; "
                                + "administrators with an account of the server's registry. Every refusal is an RFC 9457 problem "
                                + "document (application/problem+json) whose `code` is stable; the guide is docs/api.md."))
                .components(OASFactory.createComponents()
                        .addSchema("Problem", problemSchema())
                        .addResponse("Problem", OASFactory.createAPIResponse()
                                .description("Refused: a problem document saying why, in English and Vietnamese")
                                .content(problemContent()))
                        .addSecurityScheme("basic", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("Agency code and secret, or an administrator account (HTTPS only)"))
                        .addSecurityScheme("clientCertificate", OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.MUTUALTLS).description("A client certificate registered to the agency")))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("basic"))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("clientCertificate"));
    }

    static Content problemContent() {
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))
                .addExample("unknownRecipient", OASFactory.createExample().summary("A recipient the directory does not know")
                        .value(Map.of("type", Problem.typeOf("UNKNOWN_RECIPIENT"), "title", "Unknown recipient", "status", 422,
                                "code", "UNKNOWN_RECIPIENT", "detail", "000.00.99.G99 is not in the directory",
                                "element", "MessageHeader/To/OrganId", "title_vi", "Không có cơ quan nhận",
                                "detail_vi", "000.00.99.G99 không có trong danh bạ")));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem document; `code` is the stable reason clients switch on (docs/api.md, "
                        + "\"Problem codes\")")
                .addProperty("type", string("urn:lienthong:problem:<code>"))
                .addProperty("title", string("Short English title"))
                .addProperty("status", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER))
                        .description("The HTTP status"))
                .addProperty("detail", string("What was wrong, in English"))
                .addProperty("code", string("Stable machine-readable reason, e.g. UNKNOWN_RECIPIENT"))
                .addProperty("element", string("The package element or request field at fault, when there is one"))
                .addProperty("instance", string("The request path"))
                .addProperty("title_vi", string("Tiêu đề tiếng Việt"))
                .addProperty("detail_vi", string("Chi tiết tiếng Việt"))
                .required(java.util.List.of("type", "title", "status", "code"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)).description(description);
    }

    /** The shared problem response, for {@link ProblemResponses}. */
    static APIResponse problemResponse() {
        return OASFactory.createAPIResponse().ref(PROBLEM_RESPONSE);
    }
}
