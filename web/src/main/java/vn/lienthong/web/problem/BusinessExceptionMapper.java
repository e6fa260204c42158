package vn.lienthong.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.lienthong.platform.BusinessException;

/** A refusal becomes a problem document with the status the catalogue gives its code, and one INFO line. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(BusinessException e) {
        String instance = uriInfo == null ? null : uriInfo.getRequestUri().getPath();
        RefusalLog.refused(e, instance);
        return Problems.response(e, instance);
    }
}
