package vn.lienthong.exchange.submission;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;

import java.time.Instant;
import java.util.List;

/** What the hub answers a sender whose package it accepted. */
public record SubmissionReceipt(HubDocumentId documentId, String edxmlDocumentId, AgencyCode sender,
                                List<AgencyCode> recipients, long sizeBytes, String sha256, Instant receivedAt,
                                boolean replayed, List<Reroute> reroutes) {

    public SubmissionReceipt {
        recipients = List.copyOf(recipients);
        reroutes = List.copyOf(reroutes);
    }

    /** The first answer again, for a retried submission. */
    SubmissionReceipt asReplay() {
        return new SubmissionReceipt(documentId, edxmlDocumentId, sender, recipients, sizeBytes, sha256, receivedAt, true, reroutes);
    }
}
