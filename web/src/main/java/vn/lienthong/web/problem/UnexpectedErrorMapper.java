package vn.lienthong.web.problem;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.lienthong.platform.BusinessException;
import vn.lienthong.platform.ServiceUnavailableException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything that is not a refusal. A refusal wrapped by the container is unwrapped and answered as
 * the refusal it is. A database or broker that cannot be reached is answered 503 with Retry-After:
 * the transaction rolled back, nothing was stored, the client should come back. Everything else is
 * the hub's fault: logged in full under an incident id, answered with the id and no internals.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());
    public static final int RETRY_AFTER_SECONDS = 10;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable e) {
        String instance = uriInfo == null ? null : uriInfo.getRequestUri().getPath();
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof BusinessException refusal) {
                RefusalLog.refused(refusal, instance);
                return Problems.response(refusal, instance);
            }
        }
        if (dependencyUnavailable(e)) {
            LOG.log(Level.WARNING, "Refused {0} with 503: {1}", new Object[]{instance, rootMessage(e)});
            return Problems.response(new ServiceUnavailableException("the database or the message broker is unreachable",
                    "không kết nối được cơ sở dữ liệu hoặc máy chủ thông điệp", RETRY_AFTER_SECONDS), instance);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, e, () -> "Incident " + incident + " on " + instance);
        return Problems.response(Problems.of("INTERNAL_ERROR",
                "The hub could not complete the request; quote incident " + incident + " to its operators",
                "Trục không xử lý được yêu cầu; hãy báo mã sự cố " + incident + " cho đơn vị vận hành", instance));
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() == null && t instanceof EJBException ejb) {
            return ejb.getCausedByException();
        }
        return t.getCause();
    }

    /** Connection failures (SQLState class 08, pool or socket errors), not bad statements. */
    public static boolean dependencyUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (cause instanceof jakarta.resource.ResourceException || cause instanceof jakarta.jms.JMSRuntimeException
                    || cause instanceof jakarta.jms.JMSException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (next(root) != null) {
            root = next(root);
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
