package vn.lienthong.exchange.retention;

/** What a retention run did with one document it looked at. */
public enum DisposalOutcome {
    ARCHIVED,
    PURGED,
    /** Not due yet, held, no longer in the database, or no rule applies: left where it is. */
    KEPT
}
