package vn.lienthong.exchange.status;

import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.signature.verification.SignatureVerdict;

import java.time.Instant;
import java.util.Objects;

/** What the hub answers a recipient whose status package it accepted, with the verdict on its signature. */
public record StatusReceipt(HubDocumentId statusId, HubDocumentId documentId, String statusCode, Instant receivedAt,
                            SignatureVerdict signature) {

    public StatusReceipt {
        Objects.requireNonNull(signature);
    }
}
