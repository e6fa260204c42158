package vn.lienthong.directory.federation;

/**
 * The upstream's directory could not be read this round (no answer, a refusal, a page whose
 * signature does not verify, an entry that cannot be read): recorded with the follower's state and
 * tried again after the federation's backoff. Nothing of the page was applied.
 */
public class UpstreamDirectoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UpstreamDirectoryException(String message) {
        super(message);
    }
}
