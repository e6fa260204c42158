package vn.lienthong.exchange.delivery;

/**
 * Where one document stands for one recipient (the transport layer, not the business statuses
 * the recipient reports).
 */
public enum DeliveryState {
    /** Accepted by the hub; the delivery message is on its way to the recipient's inbox. */
    QUEUED,
    /** In the recipient's inbox, waiting for its software to fetch it and confirm. */
    DELIVERED,
    /** The recipient's software confirmed it fetched the package. */
    FETCHED,
    /** The sender revoked the document before the recipient fetched it: it left the inbox unseen. */
    REVOKED
}
