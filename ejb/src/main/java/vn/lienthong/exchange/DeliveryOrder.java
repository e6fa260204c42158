package vn.lienthong.exchange;

import vn.lienthong.directory.AgencyCode;

/** One document to put into one recipient's inbox. */
public record DeliveryOrder(HubDocumentId document, AgencyCode recipient) {
}
