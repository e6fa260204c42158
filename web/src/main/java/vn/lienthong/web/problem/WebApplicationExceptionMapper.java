package vn.lienthong.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.lienthong.web.rest.NumberParameters;

/**
 * Routing and content-negotiation errors (unknown path, wrong method or media type) as problem
 * documents; a query parameter that is not a number is the caller's INVALID_REQUEST naming it.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e instanceof NumberParameters.NotANumberException notANumber) {
            return Problems.response(notANumber.refusal(), uriInfo == null ? null : uriInfo.getRequestUri().getPath());
        }
        int status = e.getResponse().getStatus();
        String code = ProblemCatalog.codeForStatus(status);
        String detail = e.getMessage() == null ? ProblemCatalog.of(code).titleEn() : e.getMessage();
        Problem problem = Problems.of(code, detail, ProblemCatalog.of(code).titleVi(),
                uriInfo == null ? null : uriInfo.getRequestUri().getPath());
        Problem withStatus = new Problem(problem.type(), problem.title(), status, problem.detail(), problem.code(),
                null, problem.instance(), problem.titleVi(), problem.detailVi());
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(withStatus);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }
}
