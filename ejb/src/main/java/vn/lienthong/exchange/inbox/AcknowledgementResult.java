package vn.lienthong.exchange.inbox;

import vn.lienthong.exchange.delivery.DeliveryState;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.platform.batch.Refusal;

import java.util.Optional;

/** The answer to one acknowledgement of a batch: where the delivery now stands, or why it was refused. */
public record AcknowledgementResult(HubDocumentId documentId, DeliveryState state, Refusal refusal) {

    public AcknowledgementResult {
        if ((state == null) == (refusal == null)) {
            throw new IllegalArgumentException("an acknowledgement is either taken or refused");
        }
    }

    static AcknowledgementResult taken(HubDocumentId documentId, DeliveryState state) {
        return new AcknowledgementResult(documentId, state, null);
    }

    static AcknowledgementResult refused(HubDocumentId documentId, Refusal refusal) {
        return new AcknowledgementResult(documentId, null, refusal);
    }

    public Optional<Refusal> refused() {
        return Optional.ofNullable(refusal);
    }
}
