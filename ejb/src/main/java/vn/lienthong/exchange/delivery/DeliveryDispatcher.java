package vn.lienthong.exchange.delivery;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;

import java.util.List;

/**
 * Hands deliveries to the broker. Business code depends on this interface, never on JMS types.
 * It is called after the document's transaction has committed ({@code DeliveryRelay}): the
 * QUEUED delivery rows are the outbox, and {@code DeliverySweeper} sends again what a crash left
 * between the commit and the send, so a delivery is queued if and only if its document is stored.
 */
public interface DeliveryDispatcher {

    void dispatch(HubDocumentId document, List<AgencyCode> recipients);
}
