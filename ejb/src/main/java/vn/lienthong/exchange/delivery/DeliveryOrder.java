package vn.lienthong.exchange.delivery;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;

/** One document to put into one recipient's inbox. */
public record DeliveryOrder(HubDocumentId document, AgencyCode recipient) {
}
