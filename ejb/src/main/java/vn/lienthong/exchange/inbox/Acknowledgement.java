package vn.lienthong.exchange.inbox;

import vn.lienthong.exchange.document.HubDocumentId;

import java.util.Objects;

/** A recipient's report on one fetched package: taken in ({@code DONE}) or not ({@code FAILED}, with a reason). */
public record Acknowledgement(HubDocumentId documentId, FetchOutcome outcome, String reason) {

    public Acknowledgement {
        Objects.requireNonNull(documentId);
        Objects.requireNonNull(outcome);
    }
}
