package vn.lienthong.exchange.delivery;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;

import java.util.List;

/**
 * Hands deliveries to the broker. Business code depends on this interface, never on JMS types;
 * sends join the caller's transaction, so a delivery is queued if and only if its document is
 * stored.
 */
public interface DeliveryDispatcher {

    void dispatch(HubDocumentId document, List<AgencyCode> recipients);
}
