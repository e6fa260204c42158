package vn.lienthong.web.rest.exchange.inbox;

/** Where a document stands for the recipient after its acknowledgement. */
public record DeliveryStateJson(String documentId, String state) {
}
