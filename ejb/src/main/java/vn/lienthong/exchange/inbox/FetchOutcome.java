package vn.lienthong.exchange.inbox;

/** What a recipient's software reports after fetching a package (the transport acknowledgement). */
public enum FetchOutcome {
    /** Fetched and taken in: the document leaves the waiting list. */
    DONE,
    /** Could not take it in: it stays waiting, and the sender sees the failure and its reason. */
    FAILED
}
