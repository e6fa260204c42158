package vn.lienthong.platform.objectstore;

/**
 * The object store refused a request or could not be reached. The message names the operation, the object
 * and the store's own answer (HTTP status, S3 error code and message), so that an operator sees at once
 * whether a key is wrong (403), the bucket missing (404) or the store away.
 */
public class ObjectStoreException extends RuntimeException {

    private final int status;
    private final String code;

    public ObjectStoreException(String message, int status, String code) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public ObjectStoreException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
        this.code = "UNREACHABLE";
    }

    /** The HTTP status the store answered, or 0 when it was not reached. */
    public int status() {
        return status;
    }

    /** The store's S3 error code (e.g. SignatureDoesNotMatch, NoSuchKey), or UNREACHABLE. */
    public String code() {
        return code;
    }
}
