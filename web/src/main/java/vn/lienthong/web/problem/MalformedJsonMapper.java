package vn.lienthong.web.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A JSON request body that cannot be read (not JSON, or a value of the wrong type for a field) is the
 * caller's mistake: 400 INVALID_REQUEST with the parser's reason, not an incident. The resources only
 * bind request bodies with JSON-B; the answers they write are plain records that always serialise.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonbException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonbException e) {
        String reason = e.getMessage() == null ? "" : ": " + e.getMessage().replaceFirst("^Internal error: ", "");
        return Problems.response(Problems.of("INVALID_REQUEST", "The request body is not valid JSON for this operation" + reason,
                "Nội dung yêu cầu không phải JSON hợp lệ cho thao tác này" + reason,
                uriInfo == null ? null : uriInfo.getRequestUri().getPath()));
    }
}
