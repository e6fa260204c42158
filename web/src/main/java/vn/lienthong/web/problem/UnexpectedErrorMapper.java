package vn.lienthong.web.problem;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.lienthong.platform.BusinessException;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything that is not a refusal is the hub's fault: logged in full under an incident id, answered
 * with a problem document that gives the id and no internals. A refusal wrapped by the container
 * is unwrapped and answered as the refusal it is.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable e) {
        String instance = uriInfo == null ? null : uriInfo.getRequestUri().getPath();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException refusal) {
                return Problems.response(Problems.of(refusal, instance));
            }
            if (cause instanceof EJBException && cause.getCause() == null && ((EJBException) cause).getCausedByException() != null) {
                cause = ((EJBException) cause).getCausedByException();
                if (cause instanceof BusinessException refusal) {
                    return Problems.response(Problems.of(refusal, instance));
                }
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, e, () -> "Incident " + incident + " on " + instance);
        return Problems.response(Problems.of("INTERNAL_ERROR",
                "The hub could not complete the request; quote incident " + incident + " to its operators",
                "Trục không xử lý được yêu cầu; hãy báo mã sự cố " + incident + " cho đơn vị vận hành", instance));
    }
}
