package vn.lienthong.exchange.monitor;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.receipt.IssuedReceiptView;
import vn.lienthong.exchange.sent.SentDocumentView;

import java.util.List;

/**
 * A document as the message monitor shows it: who sent it, its whole story as its sender sees it,
 * and the receipts the hub has signed for it (none in search results, where they are not read).
 */
public record MonitoredDocumentView(AgencyCode sender, String senderName, SentDocumentView document,
                                    List<IssuedReceiptView> receipts) {

    public MonitoredDocumentView {
        receipts = List.copyOf(receipts);
    }
}
