package vn.lienthong.procedure.portal;

/** The national portal could not be reached or refused a call; the outbox tries again later. */
public class PortalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PortalException(String message) {
        super(message);
    }

    public PortalException(String message, Throwable cause) {
        super(message, cause);
    }
}
