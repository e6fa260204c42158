package vn.lienthong.exchange;

import java.time.Instant;

/** What the hub answers a recipient whose status package it accepted. */
public record StatusReceipt(HubDocumentId statusId, HubDocumentId documentId, String statusCode, Instant receivedAt) {
}
