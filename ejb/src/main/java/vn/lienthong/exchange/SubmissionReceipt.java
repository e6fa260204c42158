package vn.lienthong.exchange;

import vn.lienthong.directory.AgencyCode;

import java.time.Instant;
import java.util.List;

/** What the hub answers a sender whose package it accepted. */
public record SubmissionReceipt(HubDocumentId documentId, String edxmlDocumentId, AgencyCode sender,
                                List<AgencyCode> recipients, long sizeBytes, String sha256, Instant receivedAt) {

    public SubmissionReceipt {
        recipients = List.copyOf(recipients);
    }
}
