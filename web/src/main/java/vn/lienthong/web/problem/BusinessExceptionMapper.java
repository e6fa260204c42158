package vn.lienthong.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.lienthong.platform.BusinessException;

/** A refusal becomes a problem document with the status the catalogue gives its code. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(BusinessException e) {
        return Problems.response(e, uriInfo == null ? null : uriInfo.getRequestUri().getPath());
    }
}
