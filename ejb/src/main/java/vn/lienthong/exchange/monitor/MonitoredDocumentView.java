package vn.lienthong.exchange.monitor;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.sent.SentDocumentView;

/** A document as the message monitor shows it: who sent it, and its whole story as its sender sees it. */
public record MonitoredDocumentView(AgencyCode sender, String senderName, SentDocumentView document) {
}
