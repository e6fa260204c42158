package vn.lienthong.exchange;

import vn.lienthong.signature.SignatureVerdict;

import java.time.Instant;
import java.util.Objects;

/** What the hub answers a recipient whose status package it accepted, with the verdict on its signature. */
public record StatusReceipt(HubDocumentId statusId, HubDocumentId documentId, String statusCode, Instant receivedAt,
                            SignatureVerdict signature) {

    public StatusReceipt {
        Objects.requireNonNull(signature);
    }
}
